"use client";

import { useTranslations } from "next-intl";
import { createContext, type ReactNode, useCallback, useContext, useId, useRef } from "react";
import { type ButtonSize, type ButtonVariant, buttonClassName } from "./button";

const CloseContext = createContext<() => void>(() => undefined);

/** Closes the enclosing dialog (e.g. after its form succeeded). */
export function useCloseDialog(): () => void {
  return useContext(CloseContext);
}

export type ModalDialogProps = {
  /** Text of the button that opens the dialog. */
  triggerLabel: string;
  /** The trigger's accessible name when its visible label repeats on every row ("Deactivate Sutrisno"). */
  triggerName?: string;
  triggerVariant?: ButtonVariant;
  triggerSize?: ButtonSize;
  title: string;
  /** Everything below the title. */
  children: ReactNode;
};

/**
 * A modal dialog on the native <dialog> element: the browser traps focus, Escape closes it
 * and the rest of the page becomes inert. On opening, focus goes to the element marked
 * data-initial-focus (else to the autofocus one); on closing, back to the opening button.
 */
export function ModalDialog({ triggerLabel, triggerName, triggerVariant = "secondary", triggerSize, title, children }: ModalDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const close = useCallback(() => dialogRef.current?.close(), []);

  function open() {
    const dialog = dialogRef.current;
    if (!dialog) return;
    dialog.showModal();
    dialog.querySelector<HTMLElement>("[data-initial-focus]")?.focus();
  }

  return (
    <>
      <button
        ref={triggerRef}
        type="button"
        aria-haspopup="dialog"
        aria-label={triggerName}
        className={buttonClassName(triggerVariant, triggerSize)}
        onClick={open}
      >
        {triggerLabel}
      </button>
      <dialog
        ref={dialogRef}
        aria-labelledby={titleId}
        onClose={() => triggerRef.current?.focus()}
        onClick={(event) => {
          // A click on the backdrop lands on the <dialog> itself, not on its content.
          if (event.target === dialogRef.current) close();
        }}
        className="m-auto w-[min(32rem,calc(100%-2rem))] rounded-lg border border-line bg-white p-0 text-ink shadow-xl backdrop:bg-slate-900/50"
      >
        <div className="p-5">
          <h2 id={titleId} className="text-lg font-semibold">
            {title}
          </h2>
          <CloseContext value={close}>{children}</CloseContext>
        </div>
      </dialog>
    </>
  );
}

type DialogProps = {
  /** Text of the button that opens the dialog. */
  triggerLabel: string;
  triggerVariant?: ButtonVariant;
  title: string;
  children: ReactNode;
  /** Extra buttons beside "Close" (e.g. a form's submit button). */
  footer?: ReactNode;
};

/** A modal dialog with a "Close" button (focused on opening) and optional extra buttons. */
export function Dialog({ triggerLabel, triggerVariant = "secondary", title, children, footer }: DialogProps) {
  const t = useTranslations("Common");
  return (
    <ModalDialog triggerLabel={triggerLabel} triggerVariant={triggerVariant} title={title}>
      <div className="mt-3">{children}</div>
      <div className="mt-6 flex flex-wrap justify-end gap-3">
        <DialogCloseButton autoFocus>{t("close")}</DialogCloseButton>
        {footer}
      </div>
    </ModalDialog>
  );
}

function DialogCloseButton({ children, autoFocus }: { children: ReactNode; autoFocus?: boolean }) {
  const close = useCloseDialog();
  return (
    <button type="button" autoFocus={autoFocus} className={buttonClassName("ghost")} onClick={close}>
      {children}
    </button>
  );
}
