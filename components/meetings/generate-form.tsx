"use client";

import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/forms/form-alert";
import { useFormAction } from "@/components/forms/use-form-action";
import { SubmitButton } from "@/components/ui/submit-button";
import { generateScheduleAction } from "@/lib/meetings/actions";

/** Builds the schedule; once it is published, staff may also rebuild the published meetings. */
export function GenerateScheduleForm({ eventId, published }: { eventId: string; published: boolean }) {
  const t = useTranslations("Schedule");
  const { state, pending, formProps } = useFormAction(generateScheduleAction);
  return (
    <form {...formProps} className="space-y-2">
      <input type="hidden" name="eventId" value={eventId} />
      <p className="text-sm text-muted">{t("generateHint")}</p>
      {published ? (
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="force" className="size-4" />
          {t("force")}
        </label>
      ) : null}
      <SubmitButton pending={pending} pendingLabel={t("generate")}>
        {t("generate")}
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
