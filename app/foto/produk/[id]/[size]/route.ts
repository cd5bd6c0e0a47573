// GET /foto/produk/[id]/[large|small]: a product photo. Public (cacheable briefly, lib/images/serve.ts) when the product
// and its enterprise are published; otherwise private to the owning SME and curation staff,
// and a plain 404 for anyone else, so a draft's existence is not revealed.
import { can } from "@/lib/auth/permissions";
import { getSessionUser } from "@/lib/auth/session";
import { isRecordId } from "@/lib/http/record-id";
import { isPhotoSize } from "@/lib/images/check";
import { photoResponse } from "@/lib/images/serve";
import { findProductPhotoForServing } from "@/lib/products/photo-queries";

const notFound = () => new Response("Not found", { status: 404 });

export async function GET(request: Request, { params }: { params: Promise<{ id: string; size: string }> }): Promise<Response> {
  const { id, size } = await params;
  if (!isRecordId(id) || !isPhotoSize(size)) return notFound();
  const photo = await findProductPhotoForServing(id);
  if (!photo) return notFound();
  const key = size === "large" ? photo.largeKey : photo.smallKey;
  const { product } = photo;
  if (product.status === "PUBLISHED" && product.enterprise.status === "PUBLISHED") return photoResponse(key, "public", request);
  const user = await getSessionUser();
  if (!user) return notFound();
  if (user.enterpriseId === product.enterpriseId || can(user.role, "catalog:curate")) return photoResponse(key, "private", request);
  return notFound();
}
