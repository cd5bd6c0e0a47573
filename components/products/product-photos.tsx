"use client";

import { useTranslations } from "next-intl";
import { type ChangeEvent, type FormEvent, useEffect, useState } from "react";
import { FormAlert, FormMessage } from "@/components/forms/form-alert";
import { useFormAction } from "@/components/forms/use-form-action";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { maxPhotoBytes } from "@/lib/images/check";
import { productPhotoUrl } from "@/lib/images/urls";
import { addProductPhotoAction, deleteProductPhotoAction } from "@/lib/products/photo-actions";
import { productLimits } from "@/lib/products/schemas";

export type ProductPhotoItem = { id: string; width: number; height: number };

function DeletePhotoForm({ photoId, index }: { photoId: string; index: number }) {
  const t = useTranslations("Products.photos");
  const { pending, formProps, formError } = useFormAction(deleteProductPhotoAction);
  return (
    <form {...formProps}>
      <input type="hidden" name="photoId" value={photoId} />
      <SubmitButton variant="ghost" size="sm" pending={pending} pendingLabel={t("deleting")}>
        <span aria-hidden="true">{t("delete")}</span>
        <span className="sr-only">{t("deleteName", { index })}</span>
      </SubmitButton>
      {formError ? <FormAlert>{formError}</FormAlert> : null}
    </form>
  );
}

function UploadForm({ productId }: { productId: string }) {
  const t = useTranslations("Products.photos");
  const tErrors = useTranslations("Products.errors");
  const { state, pending, formProps, formRef, fieldError, formError } = useFormAction(addProductPhotoAction);
  // An instant answer for a photo that is too large; the server checks every upload again.
  const [tooLarge, setTooLarge] = useState(false);

  useEffect(() => {
    if (state.ok) formRef.current?.reset();
  }, [state, formRef]);

  function onChange(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    setTooLarge(file !== undefined && file.size > maxPhotoBytes);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    if (tooLarge) {
      event.preventDefault();
      event.currentTarget.querySelector<HTMLInputElement>('input[type="file"]')?.focus();
      return;
    }
    formProps.onSubmit(event);
  }

  return (
    <form {...formProps} onSubmit={onSubmit} encType="multipart/form-data" className="space-y-3">
      <input type="hidden" name="productId" value={productId} />
      <Field
        id="product-photo"
        name="photo"
        type="file"
        accept="image/jpeg,image/png,image/webp"
        label={t("label")}
        hint={t("hint")}
        required
        onChange={onChange}
        error={tooLarge ? tErrors("photoTooLarge") : fieldError("photo")}
        className="file:mr-3 file:rounded file:border-0 file:bg-brand-50 file:px-3 file:py-1.5 file:font-semibold file:text-brand-800"
      />
      <SubmitButton pending={pending} pendingLabel={t("submitting")}>
        {t("submit")}
      </SubmitButton>
      {formError ? <FormAlert>{formError}</FormAlert> : <FormMessage state={state} />}
    </form>
  );
}

/** The product's photos as thumbnails with a delete button each, and the upload form. */
export function ProductPhotos({
  productId,
  productName,
  photos,
  editable,
  published,
}: {
  productId: string;
  productName: string;
  photos: ProductPhotoItem[];
  editable: boolean;
  published: boolean;
}) {
  const t = useTranslations("Products.photos");
  const max = productLimits.photosPerProduct;
  return (
    <div className="space-y-4">
      <p className="text-muted">
        {t("lead", { max })} {t("count", { count: photos.length, max })}
      </p>
      {photos.length === 0 ? (
        <p className="rounded-md border border-dashed border-line bg-slate-50 p-4 text-muted">{t("empty")}</p>
      ) : (
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          {photos.map((photo, position) => (
            <li key={photo.id} className="space-y-2 rounded-md border border-line bg-white p-2">
              {/* eslint-disable-next-line @next/next/no-img-element -- already resized WebP from our own route */}
              <img
                src={productPhotoUrl(photo.id, "small")}
                alt={t("alt", { index: position + 1, name: productName })}
                width={400}
                height={Math.max(1, Math.round((400 * photo.height) / Math.max(1, photo.width)))}
                loading="lazy"
                decoding="async"
                className="aspect-square w-full rounded object-cover"
              />
              {editable ? <DeletePhotoForm photoId={photo.id} index={position + 1} /> : null}
            </li>
          ))}
        </ul>
      )}
      {editable && published ? (
        <p role="note" className="rounded-md border-l-4 border-amber-600 bg-amber-50 p-3 text-amber-950">
          {t("publishedWarning")}
        </p>
      ) : null}
      {editable ? photos.length < max ? <UploadForm productId={productId} /> : <p className="text-muted">{t("limitReached", { max })}</p> : null}
    </div>
  );
}
