"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useId, useRef } from "react";
import { FormMessage } from "@/components/forms/form-alert";
import { useFieldError, useMessageText } from "@/components/forms/use-message-text";
import { useCloseDialog } from "@/components/ui/dialog";
import { Select } from "@/components/ui/select";
import { SubmitButton } from "@/components/ui/submit-button";
import { useToast } from "@/components/ui/toast";
import { type FormState, initialFormState } from "@/lib/auth/form-state";
import { roles } from "@/lib/auth/permissions";
import type { Role, UserStatus } from "@/lib/generated/prisma/enums";
import { changeRoleAction, deactivateAction, reactivateAction } from "@/lib/user-admin/actions";
import { ActionDialog, DialogCancelButton } from "./action-dialog";

export type ManagedUser = { id: string; name: string; email: string; role: Role; status: UserStatus };

/** After a success: close the dialog (if any) and confirm with a toast. */
function useSuccessEffect(state: FormState, close?: () => void) {
  const toast = useToast();
  const text = useMessageText();
  // Once per action result (useActionState gives each result a new object), not per render.
  const handled = useRef<FormState>(state);
  useEffect(() => {
    if (handled.current === state || !state.ok) return;
    handled.current = state;
    close?.();
    const message = text(state.message);
    if (message) toast.show(message, "success");
  }, [state, close, text, toast]);
}

function RoleForm({ user }: { user: ManagedUser }) {
  const t = useTranslations("AdminUsers");
  const tEnums = useTranslations("Enums");
  const [state, action] = useActionState(changeRoleAction, initialFormState);
  const close = useCloseDialog();
  const fieldError = useFieldError(state);
  const selectId = useId();
  useSuccessEffect(state, close);
  return (
    <form action={action} className="space-y-4">
      <p className="text-muted">{t("changeRoleText", { email: user.email })}</p>
      <input type="hidden" name="userId" value={user.id} />
      <Select
        id={selectId}
        name="role"
        label={t("newRole")}
        defaultValue={user.role}
        options={roles.map((role) => ({ value: role, label: tEnums(`role.${role}`) }))}
        error={fieldError("role")}
        data-initial-focus
      />
      {state.ok ? null : <FormMessage state={state} />}
      <div className="flex flex-wrap justify-end gap-3">
        <DialogCancelButton>{t("cancel")}</DialogCancelButton>
        <SubmitButton pendingLabel={t("saving")}>{t("saveRole")}</SubmitButton>
      </div>
    </form>
  );
}

type FormAction = (formData: FormData) => void;

function DeactivateForm({ user, state, action }: { user: ManagedUser; state: FormState; action: FormAction }) {
  const t = useTranslations("AdminUsers");
  return (
    <form action={action} className="space-y-4">
      <p>{t("deactivateText", { email: user.email })}</p>
      <input type="hidden" name="userId" value={user.id} />
      {state.ok ? null : <FormMessage state={state} />}
      <div className="flex flex-wrap justify-end gap-3">
        <DialogCancelButton initialFocus>{t("cancel")}</DialogCancelButton>
        <SubmitButton variant="danger" pendingLabel={t("deactivating")}>
          {t("deactivateConfirm")}
        </SubmitButton>
      </div>
    </form>
  );
}

function ReactivateForm({ user, state, action }: { user: ManagedUser; state: FormState; action: FormAction }) {
  const t = useTranslations("AdminUsers");
  const text = useMessageText();
  return (
    <form action={action}>
      <input type="hidden" name="userId" value={user.id} />
      <SubmitButton variant="secondary" size="sm" pendingLabel={t("reactivating")}>
        <span aria-hidden="true">{t("reactivate")}</span>
        <span className="sr-only">{t("reactivateFor", { name: user.name })}</span>
      </SubmitButton>
      {!state.ok && state.message ? (
        <p role="alert" className="mt-1 text-sm font-medium text-red-800">
          {text(state.message)}
        </p>
      ) : null}
    </form>
  );
}

/** An admin's controls for one account in the user list. */
export function UserControls({ user }: { user: ManagedUser }) {
  const t = useTranslations("AdminUsers");
  // Held here, not in the forms: a success swaps one form for the other, and the toast must
  // survive that.
  const [deactivateState, deactivateFormAction] = useActionState(deactivateAction, initialFormState);
  const [reactivateState, reactivateFormAction] = useActionState(reactivateAction, initialFormState);
  useSuccessEffect(deactivateState);
  useSuccessEffect(reactivateState);
  return (
    <div className="flex flex-wrap gap-2">
      <ActionDialog
        triggerLabel={t("changeRole")}
        triggerName={t("changeRoleFor", { name: user.name })}
        title={t("changeRoleTitle", { name: user.name })}
      >
        <RoleForm user={user} />
      </ActionDialog>
      {user.status === "DEACTIVATED" ? (
        <ReactivateForm user={user} state={reactivateState} action={reactivateFormAction} />
      ) : (
        <ActionDialog
          triggerLabel={t("deactivate")}
          triggerName={t("deactivateFor", { name: user.name })}
          triggerVariant="danger"
          title={t("deactivateTitle", { name: user.name })}
        >
          <DeactivateForm user={user} state={deactivateState} action={deactivateFormAction} />
        </ActionDialog>
      )}
    </div>
  );
}
