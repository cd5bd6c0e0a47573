"use client";

import type { ReactNode } from "react";
import { buttonClassName } from "@/components/ui/button";
import { ModalDialog, type ModalDialogProps, useCloseDialog } from "@/components/ui/dialog";

/** A "Cancel" button for the dialog's form: closes without submitting. `initialFocus`: the safe default. */
export function DialogCancelButton({ children, initialFocus = false }: { children: ReactNode; initialFocus?: boolean }) {
  const close = useCloseDialog();
  return (
    <button type="button" data-initial-focus={initialFocus || undefined} className={buttonClassName("ghost")} onClick={close}>
      {children}
    </button>
  );
}

/**
 * A modal confirmation holding a form (`children`, with its own submit button and a
 * DialogCancelButton). On opening, focus goes to the element marked data-initial-focus: the
 * safe choice, or the field to type in.
 */
export function ActionDialog({ triggerSize = "sm", children, ...dialog }: ModalDialogProps) {
  return (
    <ModalDialog triggerSize={triggerSize} {...dialog}>
      <div className="mt-3">{children}</div>
    </ModalDialog>
  );
}
