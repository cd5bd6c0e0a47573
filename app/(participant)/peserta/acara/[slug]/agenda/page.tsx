import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AgendaEmpty } from "@/components/agenda/agenda-empty";
import { AgendaMeetings } from "@/components/agenda/agenda-meetings";
import { CheckInQr } from "@/components/agenda/check-in-qr";
import { PageBody, PageHeader } from "@/components/layout/page-header";
import { ButtonLink, buttonClassName } from "@/components/ui/button";
import { PersonLine, PersonSelect } from "@/components/representatives/person-select";
import { loadPersonAgenda, personParam, personQuery } from "@/lib/representatives/agenda";
import { requireRoute } from "@/lib/auth/session";

type PageProps = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Agenda");
  return { title: t("metaTitle") };
}

export default async function AgendaPage({ params, searchParams }: PageProps) {
  const { slug } = await params;
  const chosen = (await searchParams)[personParam];
  const user = await requireRoute("/peserta/acara/[slug]/agenda", `/peserta/acara/${slug}/agenda`);
  const own = await loadPersonAgenda(user, slug, typeof chosen === "string" ? chosen : undefined);
  if (!own) notFound();
  const { agenda, checkIn, people, person } = own;
  const query = personQuery(person);
  const t = await getTranslations("Agenda");
  const ready = agenda.state === "ready" && agenda.meetings.length > 0;
  return (
    <>
      <PageHeader title={t("heading")} lead={t("lead", { event: agenda.event.title, venue: agenda.event.venue })}>
        {ready ? (
          <div className="flex flex-wrap gap-3">
            <ButtonLink href={`/peserta/acara/${slug}/agenda/cetak${query}`} variant="secondary">
              {t("printLink")}
            </ButtonLink>
            {/* A plain link: the file is a download, not a page for the client router. */}
            <a href={`/peserta/acara/${slug}/agenda.ics${query}`} download className={buttonClassName("secondary")}>
              {t("icsLink")}
            </a>
          </div>
        ) : null}
      </PageHeader>
      <PageBody>
        <div className="grid gap-8 lg:grid-cols-[1fr_auto]">
          <section aria-labelledby="meetings-heading" className="space-y-4">
            <PersonSelect action={`/peserta/acara/${slug}/agenda`} people={people} person={person} />
            <h2 id="meetings-heading" className="text-2xl font-bold text-brand-900">
              {t("meetingsHeading")}
            </h2>
            <PersonLine person={person} />
            <AgendaEmpty state={agenda.state} slug={slug} eventStartsAt={agenda.event.startsAt} hasMeetings={agenda.meetings.length > 0} />
            {ready ? <AgendaMeetings meetings={agenda.meetings} now={new Date()} /> : null}
          </section>
          {checkIn ? (
            <section aria-labelledby="check-in-heading" className="space-y-3">
              <h2 id="check-in-heading" className="text-2xl font-bold text-brand-900">
                {t("checkInHeading")}
              </h2>
              <CheckInQr svg={checkIn.svg} code={checkIn.code} />
            </section>
          ) : null}
        </div>
      </PageBody>
    </>
  );
}
