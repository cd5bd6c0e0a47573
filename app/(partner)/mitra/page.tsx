import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EventCard } from "@/components/events/event-card";
import { eventTask } from "@/components/events/event-tasks";
import { AreaTasks } from "@/components/layout/area-tasks";
import { DefinitionList } from "@/components/layout/definition-list";
import { WebsiteLink } from "@/components/layout/office-contact";
import { PageBody, PageHeader } from "@/components/layout/page-header";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { requireRoute } from "@/lib/auth/session";
import { getNextUpcomingEvent } from "@/lib/events/queries";
import { getPartnerOrganization, getPartnerParticipation } from "@/lib/partners/queries";
import { siteConfig } from "@/lib/site";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Partner");
  return { title: t("metaTitle") };
}

export default async function PartnerHomePage() {
  const user = await requireRoute("/mitra");
  const now = new Date();
  const organizationId = user.partnerOrganizationId;
  const [t, tEnums, organization, event] = await Promise.all([
    getTranslations("Partner"),
    getTranslations("Enums"),
    organizationId ? getPartnerOrganization(organizationId) : Promise.resolve(null),
    getNextUpcomingEvent(now),
  ]);
  const participation = organization && event ? await getPartnerParticipation(organization.id, event.id) : null;
  const site = siteConfig();
  const [tTasks, tReferrals, eventsLink] = await Promise.all([getTranslations("AreaTasks"), getTranslations("Referrals.tasks"), eventTask("participant")]);
  const referralsLink = { href: "/mitra/ikm", title: tReferrals("partnerTitle"), text: tReferrals("partnerText") };

  return (
    <>
      <PageHeader title={t("heading")} lead={t("welcome", { name: user.name })} />
      <PageBody>
        <div className="mb-8">
          <AreaTasks heading={tTasks("heading")} tasks={[referralsLink, eventsLink]} />
        </div>
        {organization ? (
          <div className="grid gap-8 lg:grid-cols-2">
            <Card as="section" aria-labelledby="organization-heading">
              <h2 id="organization-heading" className="text-sm font-semibold tracking-wide text-muted uppercase">
                {t("organizationHeading")}
              </h2>
              <p className="mt-1 text-2xl font-bold text-brand-900">{organization.name}</p>
              {organization.description ? <p className="mt-2 text-muted">{organization.description}</p> : null}
              <div className="mt-5">
                <DefinitionList
                  items={[
                    { term: t("kind"), detail: tEnums(`partnerKind.${organization.kind}`) },
                    ...(organization.website
                      ? [{ term: t("website"), detail: <WebsiteLink href={organization.website} /> }]
                      : []),
                  ]}
                />
              </div>
            </Card>

            <section aria-labelledby="event-heading">
              <h2 id="event-heading" className="text-2xl font-bold text-brand-900">
                {t("eventHeading")}
              </h2>
              <div className="mt-4 space-y-4">
                {event ? (
                  <>
                    <EventCard event={event} now={now} />
                    {participation ? (
                      <p className="flex flex-wrap items-center gap-2">
                        <span className="font-semibold">{t("participation")}:</span>
                        <Badge tone={participation.status === "APPROVED" ? "success" : "info"}>
                          {tEnums(`participantStatus.${participation.status}`)}
                        </Badge>
                      </p>
                    ) : (
                      <p className="rounded-md bg-brand-50 p-3 text-brand-900">
                        {t("notParticipating", { office: site.officeName, phone: site.phone })}
                      </p>
                    )}
                  </>
                ) : (
                  <EmptyState headingLevel={3} title={t("noEventTitle")} text={t("noEventText")} />
                )}
              </div>
            </section>
          </div>
        ) : (
          <EmptyState title={t("emptyTitle")} text={t("emptyText", { office: site.officeName, phone: site.phone, email: site.email })} />
        )}
      </PageBody>
    </>
  );
}
