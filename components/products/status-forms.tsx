"use client";

import { useTranslations } from "next-intl";
import { TextareaField } from "@/components/ui/textarea-field";
import { FormAlert, FormMessage } from "@/components/forms/form-alert";
import { useFormAction } from "@/components/forms/use-form-action";
import { buttonClassName } from "@/components/ui/button";
import { ModalDialog, useCloseDialog } from "@/components/ui/dialog";
import { SubmitButton } from "@/components/ui/submit-button";
import { answerProductRevisionAction, deleteProductAction, submitProductAction } from "@/lib/products/actions";

/** DRAFT -> SUBMITTED; the server refuses a product without a photo. */
export function SubmitProductForm({ productId }: { productId: string }) {
  const t = useTranslations("Products.statusPanel");
  const { state, pending, formProps, formError } = useFormAction(submitProductAction);
  return (
    <form {...formProps} className="space-y-3">
      <input type="hidden" name="productId" value={productId} />
      <SubmitButton pending={pending} pendingLabel={t("submitting")}>
        {t("submit")}
      </SubmitButton>
      {formError ? <FormAlert>{formError}</FormAlert> : <FormMessage state={state} />}
    </form>
  );
}

/** The SME's answer to a revision request on the product; sending it resubmits the product. */
export function ProductAnswerForm({ productId }: { productId: string }) {
  const t = useTranslations("Products.statusPanel");
  const { state, pending, formProps, fieldError, value, formError } = useFormAction(answerProductRevisionAction);
  return (
    <form {...formProps} className="space-y-4">
      <input type="hidden" name="productId" value={productId} />
      <TextareaField
        id="product-revision-answer"
        name="body"
        label={t("answerLabel")}
        hint={t("answerHint")}
        required
        maxLength={2000}
        defaultValue={value("body")}
        error={fieldError("body")}
      />
      <div className="space-y-3">
        <SubmitButton pending={pending} pendingLabel={t("answerSending")}>
          {t("answerSubmit")}
        </SubmitButton>
        {formError ? <FormAlert>{formError}</FormAlert> : <FormMessage state={state} />}
      </div>
    </form>
  );
}

function DeleteForm({ productId, text }: { productId: string; text: string }) {
  const t = useTranslations("Products.delete");
  const close = useCloseDialog();
  const { pending, formProps, formError } = useFormAction(deleteProductAction);
  return (
    <form {...formProps} className="mt-3 space-y-4">
      <p>{text}</p>
      <input type="hidden" name="productId" value={productId} />
      {formError ? <FormAlert>{formError}</FormAlert> : null}
      <div className="flex flex-wrap justify-end gap-3">
        <button type="button" data-initial-focus className={buttonClassName("ghost")} onClick={close}>
          {t("cancel")}
        </button>
        <SubmitButton variant="danger" pending={pending} pendingLabel={t("pending")}>
          {t("confirm")}
        </SubmitButton>
      </div>
    </form>
  );
}

/** Delete with a confirmation dialog; success leads back to the list. */
export function DeleteProductButton({ productId, name }: { productId: string; name: string }) {
  const t = useTranslations("Products.delete");
  return (
    <ModalDialog triggerLabel={t("label")} triggerVariant="danger" title={t("title")}>
      <DeleteForm productId={productId} text={t("text", { name })} />
    </ModalDialog>
  );
}
