"use client";

import { useTranslations } from "next-intl";
import { FormAlert, FormMessage } from "@/components/forms/form-alert";
import { useFormAction } from "@/components/forms/use-form-action";
import { Card } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { saveWeightsAction } from "@/lib/matching/actions";
import { componentKeys, type Weights } from "@/lib/matching/engine/types";
import { defaultWeights } from "@/lib/matching/engine/weights";

/** Staff's weights for one event's matching; they apply from the next generation on. */
export function WeightsPanel({ eventId, weights }: { eventId: string; weights: Weights }) {
  const t = useTranslations("Matching.weights");
  const tComponent = useTranslations("Matching.component");
  const { state, pending, formProps, fieldProps, formError } = useFormAction(saveWeightsAction);
  return (
    <Card as="section" aria-labelledby="weights-heading" className="space-y-4">
      <h2 id="weights-heading" className="text-xl font-bold text-brand-900">
        {t("heading")}
      </h2>
      <p className="text-sm text-muted">{t("text")}</p>
      <form {...formProps} className="space-y-4">
        <input type="hidden" name="eventId" value={eventId} />
        <div className="grid gap-4 sm:grid-cols-2">
          {componentKeys.map((key) => {
            const field = fieldProps(key);
            return (
              <Field
                key={key}
                id={`weight-${key}`}
                label={tComponent(key)}
                hint={t("defaultHint", { weight: defaultWeights[key] })}
                inputMode="numeric"
                {...field}
                defaultValue={field.defaultValue ?? String(weights[key])}
              />
            );
          })}
        </div>
        <SubmitButton pending={pending} pendingLabel={t("saving")}>
          {t("save")}
        </SubmitButton>
        {formError ? <FormAlert>{formError}</FormAlert> : <FormMessage state={state} />}
      </form>
    </Card>
  );
}
