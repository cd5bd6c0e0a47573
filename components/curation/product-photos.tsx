import { useTranslations } from "next-intl";
import { CatalogPhoto } from "@/components/catalog/catalog-photo";
import { productPhotoUrl } from "@/lib/images/urls";

/** The product's photos in the small size, each opening the large one. */
export function ProductPhotos({ photos, productName }: { photos: { id: string; width: number; height: number }[]; productName: string }) {
  const t = useTranslations("ProductCuration.detail");
  if (photos.length === 0) return <p className="text-muted">{t("noPhotos")}</p>;
  return (
    <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3">
      {photos.map((photo, index) => (
        <li key={photo.id}>
          <a
            href={productPhotoUrl(photo.id, "large")}
            aria-label={t("photoLink", { number: index + 1 })}
            className="block overflow-hidden rounded-md border border-line focus-visible:outline-2 focus-visible:outline-brand-700"
          >
            <CatalogPhoto
              src={productPhotoUrl(photo.id, "small")}
              alt={t("photoAlt", { number: index + 1, product: productName })}
              width={photo.width}
              height={photo.height}
              className="aspect-square h-auto w-full object-cover"
            />
          </a>
        </li>
      ))}
    </ul>
  );
}
