"use client";

import { createContext, type ReactNode, useCallback, useContext, useId, useRef } from "react";
import { type ButtonSize, type ButtonVariant, buttonClassName } from "@/components/ui/button";

const CloseContext = createContext<() => void>(() => undefined);

/** Closes the enclosing ActionDialog (e.g. after its form succeeded). */
export function useCloseDialog(): () => void {
  return useContext(CloseContext);
}

/** A "Cancel" button for the dialog's form: closes without submitting. `initialFocus`: the safe default. */
export function DialogCancelButton({ children, initialFocus = false }: { children: ReactNode; initialFocus?: boolean }) {
  const close = useCloseDialog();
  return (
    <button type="button" data-initial-focus={initialFocus || undefined} className={buttonClassName("ghost")} onClick={close}>
      {children}
    </button>
  );
}

type ActionDialogProps = {
  triggerLabel: string;
  /** The trigger's accessible name when its visible label repeats on every row ("Deactivate Sutrisno"). */
  triggerName?: string;
  triggerVariant?: ButtonVariant;
  triggerSize?: ButtonSize;
  title: string;
  /** The form, with its own submit button and a DialogCancelButton. */
  children: ReactNode;
};

/**
 * A modal confirmation holding a form, on the native <dialog>: the browser traps focus, Escape
 * closes it and the page behind becomes inert. On opening, focus goes to the element marked
 * data-initial-focus (the safe choice, or the field to type in); on closing, back to the trigger.
 */
export function ActionDialog({ triggerLabel, triggerName, triggerVariant = "secondary", triggerSize = "sm", title, children }: ActionDialogProps) {
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
          <CloseContext value={close}>
            <div className="mt-3">{children}</div>
          </CloseContext>
        </div>
      </dialog>
    </>
  );
}
