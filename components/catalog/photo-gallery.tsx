import { useTranslations } from "next-intl";
import type { PhotoSize } from "@/lib/images/check";
import { photoDimensions } from "@/lib/catalog/photo-size";
import { CatalogPhoto, NoPhoto } from "./catalog-photo";

export type GalleryPhoto = { id: string; width: number; height: number };

type PhotoGalleryProps = {
  photos: GalleryPhoto[];
  /** What the photos show, for the alt text: the product's or the enterprise's name. */
  name: string;
  urlOf: (id: string, size: PhotoSize) => string;
  label: string;
};

/**
 * The first photo large; the others as thumbnails that open the large version. Works without
 * JavaScript; only the first photo loads at once.
 */
export function PhotoGallery({ photos, name, urlOf, label }: PhotoGalleryProps) {
  const t = useTranslations("CatalogPages.gallery");
  const [first, ...rest] = photos;
  if (!first) return <NoPhoto label={t("none")} className="aspect-[4/3] w-full" />;
  const total = photos.length;
  return (
    <section aria-label={label} className="space-y-3">
      <CatalogPhoto
        src={urlOf(first.id, "large")}
        alt={t("alt", { name, position: 1, total })}
        {...photoDimensions(first, "large")}
        priority
        className="aspect-[4/3] w-full rounded-md border border-line bg-slate-50 object-contain"
      />
      {rest.length > 0 ? (
        <ul className="grid grid-cols-3 gap-2 sm:grid-cols-4">
          {rest.map((photo, index) => (
            <li key={photo.id}>
              <a
                href={urlOf(photo.id, "large")}
                className="block rounded-md focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700"
              >
                <CatalogPhoto
                  src={urlOf(photo.id, "small")}
                  alt={t("openLarge", { name, position: index + 2, total })}
                  {...photoDimensions(photo, "small")}
                  className="aspect-square w-full rounded-md border border-line bg-slate-50 object-cover"
                />
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
