// GET /ikm/sertifikat/[id]/dokumen: the uploaded document of one of the owner's certificates.
import { requireRoute } from "@/lib/auth/session";
import { certificateDocumentResponse } from "@/lib/certificates/documents";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  const user = await requireRoute("/ikm/sertifikat/[id]/dokumen", `/ikm/sertifikat/${id}/dokumen`);
  if (!user.enterpriseId) return new Response("Not found", { status: 404 });
  return certificateDocumentResponse(id, user.enterpriseId);
}
