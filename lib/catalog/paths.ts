// Public catalog addresses. Pure.

export function productHref(slug: string): string {
  return `/katalog/produk/${slug}`;
}

export function supplierHref(slug: string): string {
  return `/katalog/pemasok/${slug}`;
}
