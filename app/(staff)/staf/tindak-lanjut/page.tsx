import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { FollowUpTable } from "@/components/outcomes/follow-up-table";
import { PageBody, PageHeader } from "@/components/layout/page-header";
import { buttonClassName } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { Select } from "@/components/ui/select";
import { requireRoute } from "@/lib/auth/session";
import { isRecordId } from "@/lib/http/record-id";
import { followUpEvents, listFollowUps } from "@/lib/outcomes/queries";
import { type FollowUpStage, followUpStages, followUpStaleDays } from "@/lib/outcomes/stages";
import { parsePage } from "@/lib/pagination";

type PageProps = { searchParams: Promise<{ acara?: string | string[]; tahap?: string | string[]; page?: string | string[] }> };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("FollowUps");
  return { title: t("metaTitle") };
}

/** Meetings still moving towards a deal, across events, stalest first. */
export default async function FollowUpsPage({ searchParams }: PageProps) {
  await requireRoute("/staf/tindak-lanjut");
  const search = await searchParams;
  const eventParam = first(search.acara);
  const eventId = eventParam && isRecordId(eventParam) ? eventParam : undefined;
  const stageParam = first(search.tahap);
  const stage = followUpStages.find((item) => item === stageParam) as FollowUpStage | undefined;
  const page = parsePage(search.page);
  const [t, tOutcome, events, followUps] = await Promise.all([getTranslations("FollowUps"), getTranslations("Outcomes.outcome"), followUpEvents(), listFollowUps({ eventId, stage, page })]);
  return (
    <>
      <PageHeader title={t("heading")} lead={t("lead", { days: followUpStaleDays })} />
      <PageBody>
        <div className="space-y-6">
          <form method="get" className="flex flex-wrap items-end gap-3">
            <div className="min-w-56">
              <Select
                id="filter-event"
                name="acara"
                label={t("eventFilter")}
                defaultValue={eventId ?? ""}
                options={[{ value: "", label: t("allEvents") }, ...events.map((event) => ({ value: event.id, label: event.title }))]}
              />
            </div>
            <div className="min-w-48">
              <Select
                id="filter-stage"
                name="tahap"
                label={t("stageFilter")}
                defaultValue={stage ?? ""}
                options={[{ value: "", label: t("allStages") }, ...followUpStages.map((item) => ({ value: item, label: tOutcome(item) }))]}
              />
            </div>
            <button type="submit" className={buttonClassName("primary")}>
              {t("filterButton")}
            </button>
          </form>
          {followUps.items.length === 0 ? (
            <EmptyState title={t("emptyTitle")} text={t("emptyText")} />
          ) : (
            <FollowUpTable rows={followUps.items} caption={t("caption", { count: followUps.total })} />
          )}
          <Pagination page={followUps.page} pageCount={followUps.pageCount} pathname="/staf/tindak-lanjut" query={{ acara: eventId, tahap: stage }} />
        </div>
      </PageBody>
    </>
  );
}
