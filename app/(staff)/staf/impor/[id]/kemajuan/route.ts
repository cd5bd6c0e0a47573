// GET /staf/impor/[id]/kemajuan: an import's progress as JSON, polled by its progress page.
import { requireRoute } from "@/lib/auth/session";
import { isRecordId } from "@/lib/http/record-id";
import { notFoundResponse } from "@/lib/import-desk/downloads";
import { findImportProgress, progressJson } from "@/lib/import-desk/queries";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  await requireRoute("/staf/impor/[id]/kemajuan", "/staf/impor");
  const progress = isRecordId(id) ? await findImportProgress(id) : null;
  if (!progress) return notFoundResponse();
  return Response.json(progressJson(progress), { headers: { "Cache-Control": "private, no-store" } });
}
