"use client";

import { useTranslations } from "next-intl";
import { TextareaField } from "@/components/ui/textarea-field";
import { FormAlert, FormMessage } from "@/components/forms/form-alert";
import { useFormAction } from "@/components/forms/use-form-action";
import { Field, FieldError } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { SubmitButton } from "@/components/ui/submit-button";
import type { CurationStatus } from "@/lib/generated/prisma/enums";
import { createProductAction, updateProductAction } from "@/lib/products/actions";
import { kbliOtherValue, productLimits } from "@/lib/products/schemas";
import { CertificateChoices, type CertificateChoice } from "./certificate-choices";
import type { ProductFormValues } from "./form-options";

type TextField = Exclude<keyof ProductFormValues, "certificateIds" | "exportReady">;

type ProductFormProps = {
  /** Absent for a new product. */
  productId?: string;
  status?: CurationStatus;
  initial: ProductFormValues;
  kbliOptions: { code: string; name: string }[];
  certificates: CertificateChoice[];
};

/** The product's data: one form for a new product and for changes to an existing one. */
export function ProductForm({ productId, status, initial, kbliOptions, certificates }: ProductFormProps) {
  const t = useTranslations("Products.form");
  const action = productId ? updateProductAction : createProductAction;
  const { state, pending, formProps, fieldError, value, formError } = useFormAction(action);
  const start = (field: TextField) => value(field) ?? initial[field];
  const published = status === "PUBLISHED";
  const submitLabel = !productId ? t("create") : published ? t("saveResubmit") : t("save");
  const field = (name: TextField) => ({ name, defaultValue: start(name), error: fieldError(name) });

  return (
    <form {...formProps} className="space-y-5">
      {productId ? <input type="hidden" name="productId" value={productId} /> : null}
      <Field id="product-name-id" label={t("nameId")} hint={t("nameIdHint")} required maxLength={productLimits.nameMax} {...field("nameId")} />
      <Field id="product-name-en" label={t("nameEn")} maxLength={productLimits.nameMax} lang="en" {...field("nameEn")} />
      <TextareaField
        id="product-description-id"
        label={t("descriptionId")}
        hint={t("descriptionIdHint")}
        required
        rows={5}
        maxLength={productLimits.descriptionMax}
        {...field("descriptionId")}
      />
      <TextareaField id="product-description-en" label={t("descriptionEn")} lang="en" rows={4} maxLength={productLimits.descriptionMax} {...field("descriptionEn")} />
      <div className="grid gap-5 sm:grid-cols-2">
        <Select
          id="product-kbli"
          name="kbliCode"
          label={t("kbli")}
          hint={t("kbliHint")}
          required
          options={[
            { value: "", label: t("kbliPlaceholder") },
            ...kbliOptions.map((option) => ({ value: option.code, label: `${option.code} ${option.name}` })),
            { value: kbliOtherValue, label: t("kbliOtherOption") },
          ]}
          defaultValue={start("kbliCode")}
          error={fieldError("kbliCode")}
        />
        <Field
          id="product-kbli-other"
          label={t("kbliOther")}
          hint={t("kbliOtherHint")}
          inputMode="numeric"
          maxLength={5}
          {...field("kbliOther")}
        />
      </div>
      <Field id="product-hs-code" label={t("hsCode")} hint={t("hsCodeHint")} inputMode="decimal" maxLength={14} autoComplete="off" {...field("hsCode")} />
      <div className="grid gap-5 sm:grid-cols-2">
        <Field id="product-price-min" label={t("priceMin")} hint={t("priceHint")} inputMode="numeric" {...field("priceMin")} />
        <Field id="product-price-max" label={t("priceMax")} hint={t("priceHint")} inputMode="numeric" {...field("priceMax")} />
      </div>
      <Field
        id="product-unit"
        label={t("unit")}
        hint={t("unitHint")}
        required
        maxLength={productLimits.unitMax}
        list="product-unit-suggestions"
        {...field("unit")}
      />
      <datalist id="product-unit-suggestions">
        {t("unitSuggestions")
          .split(",")
          .map((unit) => (
            <option key={unit.trim()} value={unit.trim()} />
          ))}
      </datalist>
      <div className="grid gap-5 sm:grid-cols-3">
        <Field id="product-min-order" label={t("minOrder")} hint={t("quantityHint")} inputMode="numeric" {...field("minOrder")} />
        <Field id="product-capacity" label={t("monthlyCapacity")} hint={t("quantityHint")} inputMode="numeric" {...field("monthlyCapacity")} />
        <Field id="product-lead-time" label={t("leadTimeDays")} inputMode="numeric" {...field("leadTimeDays")} />
      </div>
      <CertificateChoices certificates={certificates} checked={initial.certificateIds} error={fieldError("certificateIds")} />
      <div className="space-y-1.5">
        <div className="flex items-start gap-3">
          <input
            id="product-export-ready"
            name="exportReady"
            type="checkbox"
            defaultChecked={value("exportReady") ? value("exportReady") === "on" : initial.exportReady}
            aria-describedby="product-export-ready-hint"
            className="mt-1 size-5"
          />
          <label htmlFor="product-export-ready" className="font-medium">
            {t("exportReady")}
          </label>
        </div>
        <p id="product-export-ready-hint" className="text-sm text-muted">
          {t("exportReadyHint")}
        </p>
        <FieldError id="product-export-ready" error={fieldError("exportReady")} />
      </div>
      <div className="space-y-3">
        {published ? (
          <p role="note" className="rounded-md border-l-4 border-amber-600 bg-amber-50 p-3 text-amber-950">
            {t("publishedWarning")}
          </p>
        ) : null}
        <SubmitButton pending={pending} pendingLabel={t("saving")}>
          {submitLabel}
        </SubmitButton>
        {formError ? <FormAlert>{formError}</FormAlert> : <FormMessage state={state} />}
      </div>
    </form>
  );
}
