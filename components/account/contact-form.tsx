"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/auth/form-state";
import { saveContactDetailsAction } from "@/lib/my-account/actions";
import { FormMessage } from "@/components/forms/form-alert";
import { useFieldError } from "@/components/forms/use-message-text";

export function ContactForm({ name, phone }: { name: string; phone: string | null }) {
  const t = useTranslations("MyAccount");
  const [state, action] = useActionState(saveContactDetailsAction, initialFormState);
  const fieldError = useFieldError(state);
  // After a failure the form shows what was typed; otherwise what is stored.
  const values = state.ok ? undefined : state.values;
  return (
    <form action={action} noValidate className="space-y-5">
      <Field
        id="account-name"
        name="name"
        label={t("name")}
        autoComplete="name"
        required
        maxLength={120}
        defaultValue={values?.name ?? name}
        error={fieldError("name")}
      />
      <Field
        id="account-phone"
        name="phone"
        type="tel"
        label={t("phone")}
        hint={t("phoneHint")}
        autoComplete="tel"
        inputMode="tel"
        maxLength={24}
        defaultValue={values?.phone ?? phone ?? ""}
        error={fieldError("phone")}
      />
      <div className="space-y-3">
        <SubmitButton pendingLabel={t("saving")}>{t("saveContact")}</SubmitButton>
        <FormMessage state={state} />
      </div>
    </form>
  );
}
