// GET /foto/ikm/[id]/[large|small]: an enterprise's logo or photo, for whoever may see it.
import { findVisibleEnterprisePhoto } from "@/lib/enterprises/photo-queries";
import { isPhotoSize } from "@/lib/images/check";
import { photoResponse } from "@/lib/images/serve";
import { isRecordId } from "@/lib/http/record-id";

const notFound = () => new Response("Not found", { status: 404 });

export async function GET(request: Request, { params }: { params: Promise<{ id: string; size: string }> }): Promise<Response> {
  const { id, size } = await params;
  if (!isRecordId(id) || !isPhotoSize(size)) return notFound();
  const photo = await findVisibleEnterprisePhoto(id, size);
  return photo ? photoResponse(photo.key, photo.visibility, request) : notFound();
}
