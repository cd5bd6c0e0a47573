import Link from "next/link";
import { useTranslations } from "next-intl";
import { CurationStatusBadge } from "@/components/status/curation-status-badge";
import type { CurationStatus } from "@/lib/generated/prisma/enums";
import { productPhotoUrl } from "@/lib/images/urls";

type ProductListItemProps = {
  id: string;
  name: string;
  status: CurationStatus;
  firstPhotoId: string | null;
  photoCount: number;
  updated: string;
};

/** One product in the SME's list: a card that works on a phone, the whole name a link. */
export function ProductListItem({ id, name, status, firstPhotoId, photoCount, updated }: ProductListItemProps) {
  const t = useTranslations("Products");
  return (
    <li className="flex gap-4 rounded-lg border border-line bg-white p-3 shadow-sm">
      {firstPhotoId ? (
        // eslint-disable-next-line @next/next/no-img-element -- already resized WebP from our own route
        <img
          src={productPhotoUrl(firstPhotoId, "small")}
          alt={t("photosAlt", { name })}
          width={96}
          height={96}
          loading="lazy"
          decoding="async"
          className="size-24 shrink-0 rounded object-cover"
        />
      ) : (
        <div className="flex size-24 shrink-0 items-center justify-center rounded border border-dashed border-line bg-slate-50 p-2 text-center text-xs text-muted">
          {t("noPhoto")}
        </div>
      )}
      <div className="min-w-0 space-y-1.5">
        <p className="text-lg font-semibold break-words">
          <Link href={`/ikm/produk/${id}`} className="text-brand-800 underline">
            {name}
          </Link>
        </p>
        <p>
          <span className="sr-only">{t("status")}: </span>
          <CurationStatusBadge status={status} />
        </p>
        <p className="text-sm text-muted">
          {t("photoCount", { count: photoCount })} · {t("updated")} {updated}
        </p>
      </div>
    </li>
  );
}
