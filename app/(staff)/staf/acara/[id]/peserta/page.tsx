import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { BulkDecisionForm, bulkDecisionFormId } from "@/components/events/bulk-decision-form";
import { ParticipantPlaceLine } from "@/components/events/participant-place";
import { ParticipantStatusBadge } from "@/components/events/status-badges";
import { StatusNotice } from "@/components/events/status-notice";
import { FilterLinks } from "@/components/inquiries/filter-links";
import { PageBody, PageHeader } from "@/components/layout/page-header";
import { MatchButtonForm } from "@/components/forms/match-button-form";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, Td, Th } from "@/components/ui/table";
import { requireRoute } from "@/lib/auth/session";
import { decideParticipantsAction } from "@/lib/events/actions";
import { getStaffEvent, type ParticipantRow, searchEventParticipants } from "@/lib/events/admin-queries";
import { participantPlace } from "@/lib/events/place";
import { capacityField, decidableFrom, parseKindFilter, participantDecisions, participantKinds } from "@/lib/events/schemas";
import { isRecordId } from "@/lib/http/record-id";
import { formatDateTime } from "@/lib/i18n/format";
import { ParticipantStatus } from "@/lib/generated/prisma/enums";
import { pageHref, parsePage } from "@/lib/pagination";
import { isNarrowed, parseQueueSearch, queueSearchQuery } from "@/lib/queue-search/search";
import { Pagination } from "@/components/ui/pagination";
import { NoQueueMatch, QueueSearchForm } from "@/components/staff-desk/queue-search-form";
import { StaffRepresentatives } from "@/components/representatives/staff-representatives";
import { getStaffRepresentatives } from "@/lib/representatives/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("EventAdmin.participants");
  return { title: t("metaTitle") };
}

type PageProps = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

function partyName(row: ParticipantRow): string {
  if (row.enterprise) return row.enterprise.brandName ?? row.enterprise.legalName;
  return row.buyer?.name ?? row.partnerOrganization?.name ?? "";
}

/** How many ticked rows a bulk decision skipped because they changed after the list was shown. */
function parseSkipped(value: string | string[] | undefined): number {
  const raw = Array.isArray(value) ? value[0] : value;
  return raw && /^[1-9][0-9]{0,3}$/.test(raw) ? Number(raw) : 0;
}

export default async function EventParticipantsPage({ params, searchParams }: PageProps) {
  const { id } = await params;
  await requireRoute("/staf/acara/[id]/peserta", `/staf/acara/${id}/peserta`);
  const event = isRecordId(id) ? await getStaffEvent(id) : null;
  if (!event) notFound();
  const query = await searchParams;
  const kind = parseKindFilter(query.jenis);
  const decided = participantDecisions.find((decision) => decision === query.keputusan);
  const skipped = parseSkipped(query.dilewati);
  const { search, ignored } = parseQueueSearch(query, Object.values(ParticipantStatus));
  const narrowed = isNarrowed(search) || search.sort !== "lama";
  const page = parsePage(query.page);
  const listPath = `/staf/acara/${event.id}/peserta`;
  const kindQuery = { jenis: kind === "SME" ? undefined : kind };
  const [t, tAdmin, tEnums, tSearch, locale, list] = await Promise.all([
    getTranslations("EventAdmin.participants"),
    getTranslations("EventAdmin"),
    getTranslations("Enums"),
    getTranslations("QueueSearch"),
    getLocale(),
    searchEventParticipants(event.id, kind, search, page),
  ]);
  const rows = list.items;
  const people = await getStaffRepresentatives(event.id, rows.map((row) => row.id));
  const counts = event.counts[kind];
  const capacity = event[capacityField[kind]];
  const open = event.status === "PUBLISHED";
  const sector = (row: ParticipantRow) =>
    row.enterprise?.primaryKbli
      ? `${row.enterprise.primaryKbli.code} ${row.enterprise.primaryKbli.nameId}`
      : row.buyer
        ? tEnums(`buyerKind.${row.buyer.kind}`)
        : row.partnerOrganization
          ? tEnums(`partnerKind.${row.partnerOrganization.kind}`)
          : t("none");

  return (
    <>
      <PageHeader title={t("heading", { event: event.title })} lead={t("lead")}>
        <Link href={`/staf/acara/${event.id}`} className="text-brand-700 underline">
          {tAdmin("backToEvent")}
        </Link>
      </PageHeader>
      <PageBody>
        <div className="space-y-6">
          {decided ? <StatusNotice>{t(`done.${decided}`)}</StatusNotice> : null}
          {decided && skipped > 0 ? <p role="status" className="font-medium text-amber-900">{t("skipped", { count: skipped })}</p> : null}
          <FilterLinks
            label={t("kindsLabel")}
            pathname={`/staf/acara/${event.id}/peserta`}
            param="jenis"
            current={kind === "SME" ? undefined : kind}
            options={participantKinds.map((value) => ({
              value: value === "SME" ? undefined : value,
              label: t("kindTab", { kind: tAdmin(`kindLabel.${value}`), count: Object.values(event.counts[value]).reduce((sum, n) => sum + n, 0) }),
            }))}
          />
          <div className="space-y-1">
            <p className="text-lg font-semibold text-brand-900">
              {capacity === null ? t("capacityUnlimited", { approved: counts.APPROVED }) : t("capacityLine", { approved: counts.APPROVED, capacity })}
            </p>
            <p className="text-muted">
              {t("countsLine", { applied: counts.APPLIED, waitlisted: counts.WAITLISTED, rejected: counts.REJECTED, withdrawn: counts.WITHDRAWN })}
            </p>
            {counts.WAITLISTED > 0 ? <p className="text-sm text-muted">{t("waitlistHint")}</p> : null}
            {open ? null : <p className="font-medium text-amber-900">{t("decisionsClosed")}</p>}
          </div>
          <QueueSearchForm
            pathname={listPath}
            search={search}
            statusOptions={[{ value: "", label: tSearch("all") }, ...Object.values(ParticipantStatus).map((value) => ({ value, label: tEnums(`participantStatus.${value}`) }))]}
            hidden={kindQuery}
            ignored={ignored}
            resetHref={pageHref(listPath, 1, kindQuery)}
            narrowed={narrowed}
          />
          {rows.length === 0 && narrowed ? (
            <NoQueueMatch resetHref={pageHref(listPath, 1, kindQuery)} />
          ) : rows.length === 0 ? (
            <EmptyState title={t("empty")} text={t("lead")} />
          ) : (
            <>
              <Table caption={t("caption", { kind: tAdmin(`kindLabel.${kind}`) })}>
                <thead>
                  <tr>
                    <Th>{t("select")}</Th>
                    <Th>{t("name")}</Th>
                    <Th>{t("note")}</Th>
                    <Th>{t("unavailable")}</Th>
                    <Th>{t("status")}</Th>
                    <Th>{t("actions")}</Th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => {
                    const name = partyName(row);
                    const decisions = open && !row.checkedInAt ? participantDecisions.filter((decision) => decidableFrom[decision].includes(row.status)) : [];
                    return (
                      <tr key={row.id}>
                        <Td>
                          {decisions.length > 0 ? (
                            <>
                              <input type="checkbox" name="participantIds" value={row.id} form={bulkDecisionFormId} aria-label={t("selectOne", { name })} className="size-5" />
                              <input type="hidden" name="seenStatus" value={`${row.id}:${row.status}`} form={bulkDecisionFormId} />
                            </>
                          ) : null}
                        </Td>
                        <Th scope="row" className="min-w-48 align-top">
                          <span className="block">{name}</span>
                          <span className="mt-1 block text-xs font-normal text-muted">
                            <span className="sr-only">{t("sector")}: </span>
                            {sector(row)}
                          </span>
                          <ParticipantPlaceLine place={participantPlace(row)} />
                          {row.status === "WITHDRAWN" || row.status === "REJECTED" ? null : (
                            <StaffRepresentatives eventId={event.id} participantId={row.id} name={name} people={people.byParticipant.get(row.id) ?? []} limit={people.limit} />
                          )}
                        </Th>
                        <Td className="max-w-xs whitespace-pre-line">{row.applicationNote ?? t("none")}</Td>
                        <Td className="text-sm">
                          {row.unavailableSlots.length === 0 ? (
                            t("allSlotsFree")
                          ) : (
                            <ul>
                              {row.unavailableSlots.map((slot) => (
                                <li key={slot.toISOString()}>{formatDateTime(slot, locale)}</li>
                              ))}
                            </ul>
                          )}
                        </Td>
                        <Td>
                          <div className="flex flex-col items-start gap-1">
                            <ParticipantStatusBadge status={row.status} />
                            {row.waitlistPosition ? <span className="text-sm">{t("waitlistPosition", { position: row.waitlistPosition })}</span> : null}
                            {row.checkedInAt ? <span className="text-sm">{t("checkedIn")}</span> : null}
                          </div>
                        </Td>
                        <Td>
                          <div className="flex flex-col gap-1">
                            {decisions.map((decision) => (
                              <MatchButtonForm
                                key={decision}
                                action={decideParticipantsAction}
                                fields={{ eventId: event.id, participantIds: row.id, seenStatus: `${row.id}:${row.status}`, decision }}
                                label={t(decision)}
                                pendingLabel={t("pending")}
                                variant={decision === "approve" ? "primary" : "secondary"}
                                accessibleLabel={t("decisionFor", { decision: t(decision), name })}
                              />
                            ))}
                          </div>
                        </Td>
                      </tr>
                    );
                  })}
                </tbody>
              </Table>
              {open ? <BulkDecisionForm eventId={event.id} /> : null}
              <Pagination page={list.page} pageCount={list.pageCount} pathname={listPath} query={{ ...kindQuery, ...queueSearchQuery(search) }} />
            </>
          )}
        </div>
      </PageBody>
    </>
  );
}
