// GET /staf/impor/templat?jenis=smes|products|buyers: the import template of a kind (XLSX).
import { requireRoute } from "@/lib/auth/session";
import { notFoundResponse, templateResponse } from "@/lib/import-desk/downloads";
import { parseImportKind } from "@/lib/import-desk/schemas";

export async function GET(request: Request): Promise<Response> {
  await requireRoute("/staf/impor/templat", "/staf/impor");
  const kind = parseImportKind(new URL(request.url).searchParams.get("jenis") ?? undefined);
  return kind ? templateResponse(kind) : notFoundResponse();
}
