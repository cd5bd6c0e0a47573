// The import desk's files: a kind's template and the invalid rows of an upload, as XLSX.
import "server-only";
import { invalidRowsWorkbook, templateWorkbook } from "@/lib/imports/template";
import type { ImportKind } from "@/lib/imports/types";
import { previewPendingSheet } from "./preview";
import { loadPendingSheet } from "./sheet";

const xlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export const notFoundResponse = () => new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });

/** An attachment named in ASCII, keeping the original name in filename*. */
function xlsxResponse(bytes: Uint8Array, fileName: string): Response {
  const ascii = fileName.replace(/[^\w.\- ]/g, "_").slice(0, 120);
  return new Response(Buffer.from(bytes), {
    headers: {
      "Content-Type": xlsxType,
      "Content-Length": String(bytes.length),
      "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName.slice(0, 200))}`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}

const templateNames: Record<ImportKind, string> = { smes: "templat-impor-ikm.xlsx", products: "templat-impor-produk.xlsx", buyers: "templat-impor-pembeli.xlsx" };

export async function templateResponse(kind: ImportKind): Promise<Response> {
  return xlsxResponse(await templateWorkbook(kind), templateNames[kind]);
}

/** The invalid rows of the user's pending upload, with the "Kesalahan" column; 404 when there is no such upload. */
export async function invalidRowsResponse(token: unknown, userId: string): Promise<Response> {
  const pending = await loadPendingSheet(token, userId);
  if (!pending) return notFoundResponse();
  const preview = await previewPendingSheet(pending);
  const base = pending.upload.fileName.replace(/\.(xlsx|csv)$/i, "");
  return xlsxResponse(await invalidRowsWorkbook(pending.sheet, preview.errors), `${base}-kesalahan.xlsx`);
}
