// Whether a product is public, by its id: one primary-key lookup and nothing else. The bare
// dynamic route GET /api/katalog/produk/[id] answers with it, and bench:catalog takes that route
// (and this query, at the database layer) as the framework's floor for the search page.
import "server-only";
import { db } from "@/lib/db";
import { isRecordId } from "@/lib/http/record-id";

/**
 * The id when the product is public (lib/catalog/visibility.ts: Product."catalogVisible", kept by
 * triggers as "it and its enterprise are PUBLISHED"), else null. A malformed id never reaches
 * the database.
 */
export async function publicProductId(id: string): Promise<string | null> {
  if (!isRecordId(id)) return null;
  const product = await db.product.findFirst({ where: { id, catalogVisible: true }, select: { id: true } });
  return product?.id ?? null;
}
