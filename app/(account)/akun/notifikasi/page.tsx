import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { PageBody, PageHeader } from "@/components/layout/page-header";
import { DigestForm, MarkAllReadForm, MarkReadForm } from "@/components/notifications/notification-forms";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { requireRoute } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/i18n/format";
import { notificationCentrePath } from "@/lib/notifications/paths";
import { emailDigestOf, listNotifications } from "@/lib/notifications/queries";
import { parsePage } from "@/lib/pagination";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Notifications");
  return { title: t("metaTitle") };
}

export default async function NotificationCentrePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireRoute("/akun/notifikasi");
  const page = parsePage((await searchParams).page);
  const [t, locale, list, digest] = await Promise.all([getTranslations("Notifications"), getLocale(), listNotifications(user.id, page), emailDigestOf(user.id)]);
  const hasUnread = list.items.some((item) => !item.readAt);

  return (
    <>
      <PageHeader title={t("heading")} lead={t("lead")} />
      <PageBody>
        <div className="grid gap-8 lg:grid-cols-3">
          <section aria-label={t("listLabel")} className="space-y-4 lg:col-span-2">
            {list.total === 0 ? (
              <EmptyState title={t("emptyTitle")} text={t("emptyText")} />
            ) : (
              <>
                {hasUnread ? <MarkAllReadForm /> : null}
                <ul className="space-y-3">
                  {list.items.map((item) => (
                    <li key={item.id}>
                      <Card as="article" className={item.readAt ? "" : "border-l-4 border-l-brand-700"}>
                        <div className="flex flex-wrap items-start justify-between gap-2">
                          <h2 className="text-lg font-semibold text-ink">{item.title}</h2>
                          {item.readAt ? null : <Badge tone="info">{t("unread")}</Badge>}
                        </div>
                        <p className="mt-1 text-sm text-muted">
                          <time dateTime={item.createdAt.toISOString()}>{formatDateTime(item.createdAt, locale)}</time>
                        </p>
                        <p className="mt-2 whitespace-pre-line">{item.body}</p>
                        <div className="mt-3 flex flex-wrap items-center gap-3">
                          {item.link ? (
                            <Link href={item.link} className="font-medium text-brand-800 underline">
                              {t("open")}
                              <span className="sr-only">: {item.title}</span>
                            </Link>
                          ) : null}
                          {item.readAt ? null : <MarkReadForm notificationId={item.id} title={item.title} />}
                        </div>
                      </Card>
                    </li>
                  ))}
                </ul>
                <Pagination page={list.page} pageCount={list.pageCount} pathname={notificationCentrePath} />
              </>
            )}
          </section>
          <Card as="section" aria-labelledby="notification-digest" className="h-fit">
            <h2 id="notification-digest" className="mb-3 text-xl font-semibold text-brand-900">
              {t("digestHeading")}
            </h2>
            <DigestForm enabled={digest} />
          </Card>
        </div>
      </PageBody>
    </>
  );
}
