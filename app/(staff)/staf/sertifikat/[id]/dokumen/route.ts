// GET /staf/sertifikat/[id]/dokumen: any certificate's uploaded document, for verification.
import { requireRoute } from "@/lib/auth/session";
import { certificateDocumentResponse } from "@/lib/certificates/documents";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  await requireRoute("/staf/sertifikat/[id]/dokumen", `/staf/sertifikat/${id}/dokumen`);
  return certificateDocumentResponse(id, null);
}
