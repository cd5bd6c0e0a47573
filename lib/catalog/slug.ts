// Slugs in public URLs: lowercase words joined by hyphens. Anything else cannot name a row,
// so pages answer 404 without asking the database. Pure.

export const maxSlugLength = 160;

export function isCatalogSlug(value: string): boolean {
  return value.length > 0 && value.length <= maxSlugLength && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value);
}
