// GET /staf/impor/templat?jenis=smes|products|buyers: the import template of a kind (XLSX); the
// SME template when the kind is missing or unknown.
import { requireRoute } from "@/lib/auth/session";
import { templateResponse } from "@/lib/import-desk/downloads";
import { parseImportKind } from "@/lib/import-desk/schemas";

export async function GET(request: Request): Promise<Response> {
  await requireRoute("/staf/impor/templat", "/staf/impor");
  return templateResponse(parseImportKind(new URL(request.url).searchParams.get("jenis") ?? undefined) ?? "smes");
}
