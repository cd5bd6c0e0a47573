"use client";

import { useTranslations } from "next-intl";
import { TextareaField } from "@/components/ui/textarea-field";
import { FormAlert, FormMessage } from "@/components/forms/form-alert";
import { useFormAction } from "@/components/forms/use-form-action";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { submitOfferAction } from "@/lib/sourcing/actions";
import { sourcingLimits } from "@/lib/sourcing/schemas";

export type OfferFormValues = {
  price: string;
  unit: string;
  minOrder: string;
  monthlyCapacity: string;
  leadTimeDays: string;
  sampleAvailable: boolean;
  message: string;
};

/** The SME's offer on a request: a first offer, or a revision of the one it sent. */
export function OfferForm({ requestId, initial, revising }: { requestId: string; initial: OfferFormValues; revising: boolean }) {
  const t = useTranslations("Sourcing.offerForm");
  const { state, pending, formProps, fieldError, value, formError } = useFormAction(submitOfferAction);
  type TextField = Exclude<keyof OfferFormValues, "sampleAvailable">;
  const field = (name: TextField) => ({ name, defaultValue: value(name) ?? initial[name], error: fieldError(name) });

  return (
    <form {...formProps} className="space-y-5">
      <input type="hidden" name="requestId" value={requestId} />
      <div className="grid gap-5 sm:grid-cols-2">
        <Field id="offer-price" label={t("price")} hint={t("priceHint")} inputMode="numeric" required {...field("price")} />
        <Field id="offer-unit" label={t("unit")} required maxLength={sourcingLimits.unitMax} {...field("unit")} />
      </div>
      <div className="grid gap-5 sm:grid-cols-3">
        <Field id="offer-min-order" label={t("minOrder")} inputMode="numeric" required {...field("minOrder")} />
        <Field id="offer-capacity" label={t("monthlyCapacity")} inputMode="numeric" {...field("monthlyCapacity")} />
        <Field id="offer-lead-time" label={t("leadTimeDays")} inputMode="numeric" required {...field("leadTimeDays")} />
      </div>
      <div className="flex items-start gap-3">
        <input
          id="offer-sample"
          name="sampleAvailable"
          type="checkbox"
          defaultChecked={value("sampleAvailable") ? value("sampleAvailable") === "on" : initial.sampleAvailable}
          className="mt-1 size-5"
        />
        <label htmlFor="offer-sample" className="font-medium">
          {t("sampleAvailable")}
        </label>
      </div>
      <TextareaField id="offer-message" label={t("message")} hint={t("messageHint")} rows={4} maxLength={sourcingLimits.messageMax} {...field("message")} />
      <div className="space-y-3">
        <SubmitButton pending={pending} pendingLabel={t("sending")}>
          {revising ? t("revise") : t("submit")}
        </SubmitButton>
        {formError ? <FormAlert>{formError}</FormAlert> : <FormMessage state={state} />}
      </div>
    </form>
  );
}
