// GET /api/katalog/produk/<id>: 200 with only the id when that product is in the public catalog,
// 404 otherwise (drafts, products under review, products of unpublished enterprises, unknown or
// malformed ids alike). It tells nothing the public product page does not. One primary-key
// query per request, never cached: bench:catalog's floor for a dynamic route of this app.
import { publicProductId } from "@/lib/catalog/public-product-id";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, context: RouteContext<"/api/katalog/produk/[id]">): Promise<Response> {
  const id = await publicProductId((await context.params).id);
  return Response.json(id ? { id } : { error: "not found" }, { status: id ? 200 : 404, headers: { "Cache-Control": "no-store" } });
}
