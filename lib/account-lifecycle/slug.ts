// URL slugs for new enterprises and buyer organisations. Pure: no I/O.

const maxLength = 60;

/** "UD Batik Sékar Jagad" -> "ud-batik-sekar-jagad"; never empty. */
export function slugify(name: string, fallback = "usaha"): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " dan ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, maxLength)
    .replace(/-+$/g, "");
  return slug === "" ? fallback : slug;
}

/** `base`, or `base-2`, `base-3`... : the first that is not among `taken`. */
export function firstFreeSlug(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!used.has(candidate)) return candidate;
  }
}
