"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FieldError } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { saveLanguageAction } from "@/lib/my-account/actions";
import { initialFormState } from "@/lib/auth/form-state";
import { type AppLocale, locales } from "@/lib/i18n/config";
import { FormMessage } from "@/components/forms/form-alert";
import { useFieldError } from "@/components/forms/use-message-text";

/** Radio buttons, each language named in itself (and marked with its lang). */
export function LanguageForm({ current }: { current: AppLocale }) {
  const t = useTranslations("MyAccount");
  const tLanguage = useTranslations("Language");
  const [state, action] = useActionState(saveLanguageAction, initialFormState);
  const error = useFieldError(state)("locale");
  return (
    <form action={action} className="space-y-5">
      <fieldset aria-describedby={error ? "account-locale-error" : undefined}>
        <legend className="font-medium text-ink">{t("languageLegend")}</legend>
        <div className="mt-2 flex flex-col gap-2 sm:flex-row sm:gap-6">
          {locales.map((locale) => (
            <label key={locale} lang={locale} className="inline-flex min-h-11 items-center gap-3">
              <input type="radio" name="locale" value={locale} defaultChecked={locale === current} className="size-5 accent-brand-700" />
              <span>{tLanguage(locale)}</span>
            </label>
          ))}
        </div>
        <FieldError id="account-locale" error={error} />
      </fieldset>
      <div className="space-y-3">
        <SubmitButton pendingLabel={t("saving")}>{t("saveLanguage")}</SubmitButton>
        <FormMessage state={state} />
      </div>
    </form>
  );
}
