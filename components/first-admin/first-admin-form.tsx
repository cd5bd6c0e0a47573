"use client";

import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { PasswordFields } from "@/components/accounts/password-fields";
import { SuccessPanel } from "@/components/accounts/success-panel";
import { FormAlert } from "@/components/forms/form-alert";
import { useFormAction } from "@/components/forms/use-form-action";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { createFirstAdminAccountAction } from "@/lib/first-admin/actions";

/** Name, email and password of the first ADMIN, from the one-time setup link. */
export function FirstAdminForm({ token }: { token: string }) {
  const t = useTranslations("AdminSetup");
  const locale = useLocale();
  const { state, pending, formProps, fieldError, value, formError } = useFormAction(createFirstAdminAccountAction);

  if (state.ok) {
    return (
      <SuccessPanel heading={t("doneHeading")}>
        <p>{t("doneText")}</p>
        <p>
          <Link href="/masuk" className="inline-flex min-h-11 items-center font-semibold text-brand-800 underline">
            {t("signIn")}
          </Link>
        </p>
      </SuccessPanel>
    );
  }

  return (
    <form {...formProps} className="space-y-5">
      <FormAlert>{formError}</FormAlert>
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="locale" value={locale} />
      <Field
        id="first-admin-name"
        name="name"
        label={t("name")}
        hint={t("nameHint")}
        autoComplete="name"
        required
        defaultValue={value("name")}
        error={fieldError("name")}
      />
      <Field
        id="first-admin-email"
        name="email"
        type="email"
        label={t("email")}
        hint={t("emailHint")}
        autoComplete="username"
        required
        defaultValue={value("email")}
        error={fieldError("email")}
      />
      <PasswordFields
        idPrefix="first-admin"
        labels={{ password: t("password"), passwordHint: t("passwordHint"), passwordConfirm: t("passwordConfirm") }}
        errors={{ password: fieldError("password"), passwordConfirm: fieldError("passwordConfirm") }}
      />
      <SubmitButton pending={pending} pendingLabel={t("pending")} className="w-full">
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
