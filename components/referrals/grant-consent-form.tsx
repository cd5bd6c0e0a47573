"use client";

import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/forms/form-alert";
import { useFormAction } from "@/components/forms/use-form-action";
import { Field, FieldError } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { updateConsentAction } from "@/lib/referrals/actions";

type Props = {
  partnerOrganizationId: string;
  partnerName: string;
  /** The purposes this partner offers that are not shared now, with their labels. */
  purposes: { value: string; label: string }[];
  /** Tomorrow ("YYYY-MM-DD"): the earliest last day the date field offers. */
  earliestLastDay: string;
};

/** "Bagikan" to one partner: the SME picks the purpose and, if it likes, the last day of sharing. */
export function GrantConsentForm({ partnerOrganizationId, partnerName, purposes, earliestLastDay }: Props) {
  const t = useTranslations("Referrals.sme");
  const { state, pending, formProps, fieldError, value } = useFormAction(updateConsentAction);
  const idBase = `consent-${partnerOrganizationId}`;
  const purposeError = fieldError("purpose");
  const chosen = value("purpose") ?? (purposes.length === 1 ? purposes[0]?.value : undefined);
  return (
    <form {...formProps} aria-label={t("grantFormName", { partner: partnerName })} className="space-y-4">
      <input type="hidden" name="partnerOrganizationId" value={partnerOrganizationId} />
      <input type="hidden" name="intent" value="grant" />
      {purposes.length === 0 ? (
        <p className="text-muted">{t("allShared")}</p>
      ) : (
        <>
          <fieldset aria-describedby={purposeError ? `${idBase}-purpose-error` : undefined}>
            <legend className="font-medium text-ink">{t("purposeLegend")}</legend>
            <div className="mt-2 flex flex-col gap-1">
              {purposes.map((purpose) => (
                <label key={purpose.value} className="inline-flex min-h-11 items-center gap-3">
                  <input
                    type="radio"
                    name="purpose"
                    value={purpose.value}
                    defaultChecked={purpose.value === chosen}
                    className="size-5 accent-brand-700"
                  />
                  <span>{purpose.label}</span>
                </label>
              ))}
            </div>
            <FieldError id={`${idBase}-purpose`} error={purposeError} />
          </fieldset>
          <Field
            id={`${idBase}-ends-on`}
            name="endsOn"
            type="date"
            min={earliestLastDay}
            defaultValue={value("endsOn")}
            label={t("endsOnLabel")}
            hint={t("endsOnHint")}
            error={fieldError("endsOn")}
            className="sm:max-w-xs"
          />
          <SubmitButton pending={pending} pendingLabel={t("granting")} size="sm">
            {t("grant")}
          </SubmitButton>
        </>
      )}
      <FormMessage state={state} />
    </form>
  );
}
