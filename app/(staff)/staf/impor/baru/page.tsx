import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ImportPreviewView } from "@/components/imports/import-preview";
import { MapColumnsForm } from "@/components/imports/map-columns-form";
import { UploadImportForm } from "@/components/imports/upload-import-form";
import { PageBody, PageHeader } from "@/components/layout/page-header";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { requireRoute } from "@/lib/auth/session";
import { parseImportKind } from "@/lib/import-desk/schemas";
import { previewPendingSheet } from "@/lib/import-desk/preview";
import { loadPendingSheet, needsMapping } from "@/lib/import-desk/sheet";
import { importFields } from "@/lib/imports/fields";
import { importKinds } from "@/lib/imports/types";
import { parsePage } from "@/lib/pagination";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Imports.upload");
  return { title: t("metaTitle") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * The steps of a new import on one address: without a token, the upload form of `jenis`; with
 * the token of an upload, its column mapping when headers are unknown, otherwise its preview.
 */
export default async function NewImportPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const user = await requireRoute("/staf/impor/baru", "/staf/impor");
  const [t, tKinds, tMapping] = await Promise.all([getTranslations("Imports.upload"), getTranslations("Imports.kinds"), getTranslations("Imports.mapping")]);
  const back = (
    <p className="mt-8">
      <Link href="/staf/impor">{t("back")}</Link>
    </p>
  );

  if (params.token === undefined) {
    const kind = parseImportKind(params.jenis);
    if (!kind) {
      // No kind chosen (or an unknown one): the choice the desk's list offers.
      const tList = await getTranslations("Imports.list");
      return (
        <>
          <PageHeader title={tList("newHeading")} lead={t("lead")} />
          <PageBody>
            <ul className="flex flex-wrap gap-3">
              {importKinds.map((option) => (
                <li key={option}>
                  <ButtonLink href={`/staf/impor/baru?jenis=${option}`}>{tList("newLink", { kind: tKinds(option) })}</ButtonLink>
                </li>
              ))}
            </ul>
            {back}
          </PageBody>
        </>
      );
    }
    return (
      <>
        <PageHeader title={t("heading", { kind: tKinds(kind) })} lead={t("lead")} />
        <PageBody>
          <UploadImportForm kind={kind} />
          <p className="mt-6 text-sm text-muted">
            {t("templateHint")}{" "}
            <a href={`/staf/impor/templat?jenis=${kind}`} download>
              {t("templateLink", { kind: tKinds(kind) })}
            </a>
          </p>
          {back}
        </PageBody>
      </>
    );
  }

  const pending = await loadPendingSheet(Array.isArray(params.token) ? params.token[0] : params.token, user.id);
  if (!pending) {
    return (
      <>
        <PageHeader title={t("expiredTitle")} />
        <PageBody>
          <EmptyState title={t("expiredTitle")} text={t("expiredText")} action={<ButtonLink href="/staf/impor">{t("uploadAgain")}</ButtonLink>} />
        </PageBody>
      </>
    );
  }
  const { upload } = pending;
  const fields = importFields(upload.kind);

  if (needsMapping(pending)) {
    const fieldLabel = (name: string) => fields.find((field) => field.field === name)?.header ?? name;
    const columns = pending.sheet.headers.flatMap((header, index) =>
      pending.unknown.includes(header) ? [{ index, header, chosen: upload.overrides[header] ?? "" }] : [],
    );
    return (
      <>
        <PageHeader title={tMapping("heading")} lead={tMapping("lead", { file: upload.fileName })} />
        <PageBody>
          {pending.missingRequired.length > 0 ? (
            <p role="alert" className="mb-6 max-w-xl rounded-md border-l-4 border-red-700 bg-red-50 p-3 font-medium text-red-900">
              {tMapping("missingRequired", { fields: pending.missingRequired.map(fieldLabel).join(", ") })}
            </p>
          ) : null}
          {columns.length > 0 ? (
            <MapColumnsForm token={upload.token} columns={columns} fields={fields.map((field) => ({ value: field.field, label: field.header }))} />
          ) : (
            <ButtonLink href={`/staf/impor/baru?jenis=${upload.kind}`}>{t("uploadAgain")}</ButtonLink>
          )}
          {back}
        </PageBody>
      </>
    );
  }

  const [preview, locale] = await Promise.all([previewPendingSheet(pending), getLocale()]);
  return (
    <>
      <ImportPreviewView pending={pending} preview={preview} page={parsePage(params.page)} locale={locale} />
      <PageBody>{back}</PageBody>
    </>
  );
}
