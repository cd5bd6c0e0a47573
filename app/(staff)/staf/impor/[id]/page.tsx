import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ImportProgressBar } from "@/components/imports/import-progress-bar";
import { ImportStatusBadge } from "@/components/imports/import-status-badge";
import { PageBody, PageHeader } from "@/components/layout/page-header";
import { FigureGrid } from "@/components/ui/figure-grid";
import { requireRoute } from "@/lib/auth/session";
import { isRecordId } from "@/lib/http/record-id";
import { formatDateTime, formatNumber } from "@/lib/i18n/format";
import { findImportProgress, progressJson } from "@/lib/import-desk/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Imports.progress");
  return { title: t("metaTitle") };
}

export default async function ImportProgressPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireRoute("/staf/impor/[id]", "/staf/impor");
  if (!isRecordId(id)) notFound();
  const [t, tKinds, locale, progress] = await Promise.all([
    getTranslations("Imports.progress"),
    getTranslations("Imports.kinds"),
    getLocale(),
    findImportProgress(id),
  ]);
  if (!progress) notFound();
  const counts = progress.status === "DONE" ? progress.counts : null;

  return (
    <>
      <PageHeader title={t("heading", { file: progress.fileName })} lead={`${tKinds(progress.kind)} · ${t("startedBy", { when: formatDateTime(progress.createdAt, locale) })}`}>
        <ImportStatusBadge status={progress.status} />
      </PageHeader>
      <PageBody>
        <div className="max-w-3xl space-y-8">
          <ImportProgressBar key={progress.status} batchId={progress.id} initial={progressJson(progress)} locale={locale} />
          {progress.status === "FAILED" ? (
            <p role="alert" className="rounded-md border-l-4 border-red-700 bg-red-50 p-3 font-medium text-red-900">
              {t("failed")}
            </p>
          ) : null}
          {counts ? (
            <section aria-labelledby="import-summary" className="space-y-4">
              <h2 id="import-summary" className="text-xl font-semibold">
                {t("summaryHeading")}
              </h2>
              {progress.finishedAt ? <p className="text-muted">{t("finishedAt", { when: formatDateTime(progress.finishedAt, locale) })}</p> : null}
              <FigureGrid
                label={t("summaryHeading")}
                columns="grid-cols-2 sm:grid-cols-3"
                figures={(["rows", "valid", "invalid", "created", "updated", "unchanged"] as const).map((key) => ({
                  label: t(key),
                  value: formatNumber(counts[key], locale),
                  testId: `import-${key}`,
                }))}
              />
            </section>
          ) : null}
          <p className="flex flex-wrap gap-4">
            {progress.kind === "smes" && counts ? <Link href="/staf/ikm">{t("assistedLink")}</Link> : null}
            <Link href="/staf/impor">{t("back")}</Link>
          </p>
        </div>
      </PageBody>
    </>
  );
}
