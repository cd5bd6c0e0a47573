import { useTranslations } from "next-intl";
import type { FormAction } from "@/lib/auth/action";
import { maxPhotos } from "@/lib/enterprises/profile-step-schemas";
import type { EnterprisePhotoKind } from "@/lib/generated/prisma/enums";
import { enterprisePhotoUrl } from "@/lib/images/urls";
import { DeletePhotoButton, PhotoUploadForm } from "./photo-forms";

/** pendingReview: added since publication, not in the catalog until staff approve it. */
export type ProfilePhotoItem = { id: string; kind: EnterprisePhotoKind; width: number; height: number; pendingReview?: boolean };

function PendingLabel({ photo }: { photo: ProfilePhotoItem }) {
  const t = useTranslations("EnterpriseProfile.pending");
  if (!photo.pendingReview) return null;
  return <p className="rounded bg-amber-50 px-2 py-1 text-sm font-semibold text-amber-900">{t("photo")}</p>;
}

type PhotoStepProps = {
  addAction: FormAction;
  deleteAction: FormAction;
  enterpriseId?: string;
  enterpriseName: string;
  photos: ProfilePhotoItem[];
};

function Thumbnail({ photo, alt }: { photo: ProfilePhotoItem; alt: string }) {
  return (
    // eslint-disable-next-line @next/next/no-img-element -- already resized WebP from our own route
    <img
      src={enterprisePhotoUrl(photo.id, "small")}
      alt={alt}
      width={400}
      height={Math.max(1, Math.round((400 * photo.height) / Math.max(1, photo.width)))}
      loading="lazy"
      decoding="async"
      className="aspect-square w-full rounded object-cover"
    />
  );
}

/** Step 5: the logo and up to six photos of the workshop and products, each with a delete button. */
export function PhotoStep({ addAction, deleteAction, enterpriseId, enterpriseName, photos }: PhotoStepProps) {
  const t = useTranslations("EnterpriseProfile.photos");
  // The newest logo: one waiting for staff is shown (labelled) rather than the published one it replaces.
  const logo = photos.filter((photo) => photo.kind === "LOGO").at(-1);
  const gallery = photos.filter((photo) => photo.kind === "PHOTO");
  return (
    <div className="space-y-8">
      <section aria-labelledby="profile-logo-heading" className="space-y-4">
        <h3 id="profile-logo-heading" className="text-lg font-semibold text-brand-900">
          {t("logoHeading")}
        </h3>
        {logo ? (
          <div className="w-40 space-y-2 rounded-md border border-line bg-white p-2">
            <Thumbnail photo={logo} alt={t("logoAlt", { name: enterpriseName })} />
            <PendingLabel photo={logo} />
            <DeletePhotoButton action={deleteAction} enterpriseId={enterpriseId} photoId={logo.id} name={t("logoAlt", { name: enterpriseName })} />
          </div>
        ) : (
          <p className="rounded-md border border-dashed border-line bg-slate-50 p-4 text-muted">{t("noLogo")}</p>
        )}
        <PhotoUploadForm action={addAction} enterpriseId={enterpriseId} kind="LOGO" hasLogo={logo !== undefined} />
      </section>
      <section aria-labelledby="profile-photos-heading" className="space-y-4">
        <h3 id="profile-photos-heading" className="text-lg font-semibold text-brand-900">
          {t("photosHeading")}
        </h3>
        <p className="text-muted">{t("photosLead", { max: maxPhotos, count: gallery.length })}</p>
        {gallery.length === 0 ? (
          <p className="rounded-md border border-dashed border-line bg-slate-50 p-4 text-muted">{t("noPhotos")}</p>
        ) : (
          <ul aria-label={t("photosHeading")} className="grid grid-cols-2 gap-3 sm:grid-cols-3">
            {gallery.map((photo, index) => {
              const alt = t("photoAlt", { index: index + 1, name: enterpriseName });
              return (
                <li key={photo.id} className="space-y-2 rounded-md border border-line bg-white p-2">
                  <Thumbnail photo={photo} alt={alt} />
                  <PendingLabel photo={photo} />
                  <DeletePhotoButton action={deleteAction} enterpriseId={enterpriseId} photoId={photo.id} name={alt} />
                </li>
              );
            })}
          </ul>
        )}
        {gallery.length < maxPhotos ? (
          <PhotoUploadForm action={addAction} enterpriseId={enterpriseId} kind="PHOTO" hasLogo={logo !== undefined} />
        ) : (
          <p className="text-muted">{t("photosFull", { max: maxPhotos })}</p>
        )}
      </section>
    </div>
  );
}
