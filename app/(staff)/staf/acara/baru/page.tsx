import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { EventForm } from "@/components/events/event-form";
import { PageBody, PageHeader } from "@/components/layout/page-header";
import { requireRoute } from "@/lib/auth/session";
import { eventFormDefaults } from "@/lib/events/schemas";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("EventAdmin");
  return { title: t("newMetaTitle") };
}

export default async function NewEventPage() {
  await requireRoute("/staf/acara/baru");
  const t = await getTranslations("EventAdmin");
  const { initial, sessions } = eventFormDefaults(null);
  return (
    <>
      <PageHeader title={t("newHeading")} lead={t("newLead")}>
        <Link href="/staf/acara" className="text-brand-700 underline">
          {t("backToList")}
        </Link>
      </PageHeader>
      <PageBody>
        <div className="max-w-3xl">
          <EventForm initial={initial} sessions={sessions} />
        </div>
      </PageBody>
    </>
  );
}
