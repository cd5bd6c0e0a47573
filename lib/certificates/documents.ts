// Serving a certificate's uploaded document to the people allowed to see it. The content type
// was decided from the file's bytes at upload; the browser is told not to guess another.
import "server-only";
import { isRecordId } from "@/lib/http/record-id";
import { getFile } from "@/lib/storage/files";
import { findCertificateDocument } from "./queries";

const notFound = () => new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });

/** A safe ASCII file name for Content-Disposition, keeping the original in filename*. */
function disposition(name: string | null): string {
  if (!name) return "inline";
  const ascii = name.replace(/[^\w.\- ]/g, "_").slice(0, 100);
  return `inline; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name.slice(0, 200))}`;
}

export async function certificateDocumentResponse(certificateId: string, enterpriseId: string | null): Promise<Response> {
  if (!isRecordId(certificateId)) return notFound();
  const certificate = await findCertificateDocument(certificateId, enterpriseId);
  if (!certificate?.documentKey) return notFound();
  const file = await getFile(certificate.documentKey);
  if (!file) return notFound();
  return new Response(Buffer.from(file.bytes), {
    headers: {
      "Content-Type": certificate.documentType ?? file.contentType,
      "Content-Length": String(file.bytes.length),
      "Content-Disposition": disposition(certificate.documentName),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
