import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { EmptyState } from "@/components/ui/empty-state";
import type { AgendaState } from "@/lib/agenda/queries";

/** Why there is no agenda yet and when it will appear. */
export function AgendaEmpty({ state, slug, eventStartsAt, hasMeetings }: { state: AgendaState; slug: string; eventStartsAt: Date; hasMeetings: boolean }) {
  const t = useTranslations("Agenda.empty");
  const format = useFormatter();
  const date = format.dateTime(eventStartsAt, { day: "numeric", month: "long", year: "numeric" });
  const key = state === "ready" ? (hasMeetings ? null : "noMeetings") : state;
  if (!key) return null;
  return (
    <EmptyState
      title={t(`${key}.title`)}
      text={t(`${key}.text`, { date })}
      action={
        <Link href={`/acara/${slug}`} className="font-semibold text-brand-800 underline">
          {t("eventLink")}
        </Link>
      }
    />
  );
}
