"use client";

// The centre's small forms: mark one or all read, and the daily digest choice. Each shows its
// pending state and the answer; without JavaScript they post normally.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormMessage } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/auth/form-state";
import { markAllNotificationsReadAction, markNotificationReadAction, saveEmailDigestAction } from "@/lib/notifications/actions";
import { emailModes } from "@/lib/notifications/schemas";

export function MarkReadForm({ notificationId, title }: { notificationId: string; title: string }) {
  const t = useTranslations("Notifications");
  const [state, action] = useActionState(markNotificationReadAction, initialFormState);
  return (
    <form action={action}>
      <input type="hidden" name="notificationId" value={notificationId} />
      <SubmitButton variant="secondary" size="sm" pendingLabel={t("saving")}>
        {t("markRead")}
        <span className="sr-only">: {title}</span>
      </SubmitButton>
      {state.ok ? null : <FormMessage state={state} />}
    </form>
  );
}

export function MarkAllReadForm() {
  const t = useTranslations("Notifications");
  const [state, action] = useActionState(markAllNotificationsReadAction, initialFormState);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="scope" value="all" />
      <SubmitButton variant="secondary" size="sm" pendingLabel={t("saving")}>
        {t("markAllRead")}
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}

export function DigestForm({ enabled }: { enabled: boolean }) {
  const t = useTranslations("Notifications");
  const [state, action] = useActionState(saveEmailDigestAction, initialFormState);
  return (
    <form action={action} className="space-y-3">
      <fieldset>
        <legend className="font-medium text-ink">{t("emailModeLegend")}</legend>
        <div className="mt-2 flex flex-col gap-2">
          {emailModes.map((mode) => (
            <label key={mode} className="inline-flex min-h-11 items-center gap-3">
              <input type="radio" name="emailMode" value={mode} defaultChecked={(mode === "digest") === enabled} className="size-5 accent-brand-700" />
              <span>{t(`emailMode.${mode}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <SubmitButton pendingLabel={t("saving")}>
        {t("digestSave")}
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
