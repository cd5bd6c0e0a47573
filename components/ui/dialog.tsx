"use client";

import { useTranslations } from "next-intl";
import { type ReactNode, useId, useRef } from "react";
import { type ButtonVariant, buttonClassName } from "./button";

type DialogProps = {
  /** Text of the button that opens the dialog. */
  triggerLabel: string;
  triggerVariant?: ButtonVariant;
  title: string;
  children: ReactNode;
  /** Extra buttons beside "Close" (e.g. a form's submit button). */
  footer?: ReactNode;
};

/**
 * A modal dialog on the native <dialog> element: the browser traps focus, Escape closes it
 * and the rest of the page becomes inert. Focus goes back to the opening button on close.
 */
export function Dialog({ triggerLabel, triggerVariant = "secondary", title, children, footer }: DialogProps) {
  const t = useTranslations("Common");
  const dialogRef = useRef<HTMLDialogElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();

  return (
    <>
      <button
        ref={triggerRef}
        type="button"
        aria-haspopup="dialog"
        className={buttonClassName(triggerVariant)}
        onClick={() => dialogRef.current?.showModal()}
      >
        {triggerLabel}
      </button>
      <dialog
        ref={dialogRef}
        aria-labelledby={titleId}
        onClose={() => triggerRef.current?.focus()}
        onClick={(event) => {
          // A click on the backdrop lands on the <dialog> itself, not on its content.
          if (event.target === dialogRef.current) dialogRef.current.close();
        }}
        className="m-auto w-[min(32rem,calc(100%-2rem))] rounded-lg border border-line bg-white p-0 text-ink shadow-xl backdrop:bg-slate-900/50"
      >
        <div className="p-5">
          <h2 id={titleId} className="text-lg font-semibold">
            {title}
          </h2>
          <div className="mt-3">{children}</div>
          <div className="mt-6 flex flex-wrap justify-end gap-3">
            <button type="button" autoFocus className={buttonClassName("ghost")} onClick={() => dialogRef.current?.close()}>
              {t("close")}
            </button>
            {footer}
          </div>
        </div>
      </dialog>
    </>
  );
}
