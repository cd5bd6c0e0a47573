import { getTranslations } from "next-intl/server";
import { PageBody, PageHeader } from "@/components/layout/page-header";
import { FigureGrid } from "@/components/ui/figure-grid";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import type { AppLocale } from "@/lib/i18n/config";
import { formatNumber } from "@/lib/i18n/format";
import type { PendingSheet } from "@/lib/import-desk/sheet";
import type { ImportPreview } from "@/lib/imports/types";
import { pageCountOf } from "@/lib/pagination";
import { StartImportForm } from "./start-import-form";

const errorsPerPage = 50;

/** Step 3: what the import would do, every invalid row (paginated), and the import form. */
export async function ImportPreviewView({ pending, preview, page, locale }: { pending: PendingSheet; preview: ImportPreview; page: number; locale: AppLocale }) {
  const t = await getTranslations("Imports.preview");
  const { upload } = pending;
  const pageCount = pageCountOf(preview.errors.length, errorsPerPage);
  const shownPage = Math.min(page, pageCount);
  const errors = preview.errors.slice((shownPage - 1) * errorsPerPage, shownPage * errorsPerPage);
  const valid = preview.counts.new + preview.counts.update + preview.counts.unchanged;
  const figures = [
    { label: t("total"), value: preview.total, testId: "preview-total" },
    { label: t("new"), value: preview.counts.new, testId: "preview-new" },
    { label: t("update"), value: preview.counts.update, testId: "preview-update" },
    { label: t("unchanged"), value: preview.counts.unchanged, testId: "preview-unchanged" },
    { label: t("invalid"), value: preview.counts.invalid, testId: "preview-invalid" },
  ];
  const nameDuplicates = preview.duplicates.filter((duplicate) => duplicate.reason === "name");

  return (
    <>
      <PageHeader title={t("heading", { file: upload.fileName })} lead={t("lead")} />
      <PageBody>
        <div className="space-y-8">
          <FigureGrid
            label={t("countsLabel")}
            columns="grid-cols-2 sm:grid-cols-3 lg:grid-cols-5"
            figures={figures.map((figure) => ({ ...figure, value: formatNumber(figure.value, locale) }))}
          />
          {preview.errors.length === 0 ? (
            <p role="status" className="font-medium text-green-800">
              <span aria-hidden="true">✓ </span>
              {t("noErrors")}
            </p>
          ) : (
            <section className="space-y-3">
              <p>{t("invalidSkipped")}</p>
              <p>
                <a href={`/staf/impor/kesalahan/${upload.token}`} download>
                  {t("downloadInvalid")}
                </a>
              </p>
              <Table caption={t("errorsCaption")}>
                <thead>
                  <tr>
                    <Th className="text-right">{t("row")}</Th>
                    <Th>{t("column")}</Th>
                    <Th>{t("message")}</Th>
                  </tr>
                </thead>
                <tbody>
                  {errors.map((error, index) => (
                    <tr key={`${error.row}-${error.column}-${index}`}>
                      <Th scope="row" className="text-right tabular-nums">
                        {formatNumber(error.row, locale)}
                      </Th>
                      <Td>{error.column}</Td>
                      <Td>{error.message}</Td>
                    </tr>
                  ))}
                </tbody>
              </Table>
              <Pagination page={shownPage} pageCount={pageCount} pathname="/staf/impor/baru" query={{ token: upload.token }} />
            </section>
          )}
          {valid > 0 ? (
            <StartImportForm
              token={upload.token}
              duplicates={nameDuplicates.map((duplicate) => ({ row: duplicate.row, existingName: duplicate.existingName }))}
              askStatus={upload.kind !== "buyers"}
            />
          ) : (
            <p className="font-medium">{t("nothingToImport")}</p>
          )}
        </div>
      </PageBody>
    </>
  );
}
