"use client";

import { useTranslations } from "next-intl";
import { FormAlert, FormMessage } from "@/components/forms/form-alert";
import { useFormAction } from "@/components/forms/use-form-action";
import { SubmitButton } from "@/components/ui/submit-button";
import { updateShortlistAction } from "@/lib/buyers/shortlist-actions";

type ShortlistToggleProps = {
  target: "product" | "supplier";
  slug: string;
  saved: boolean;
  /** On the shortlist page: a short "Hapus" button named after the item. */
  compact?: { name: string };
};

/** Saves or unsaves a product or supplier; the page re-renders with the new state after the answer. */
export function ShortlistToggle({ target, slug, saved, compact }: ShortlistToggleProps) {
  const t = useTranslations("BuyerProfile.shortlist");
  const { state, pending, formProps, formError } = useFormAction(updateShortlistAction);
  const label = compact ? t("remove") : saved ? t("savedRemove") : t("save");
  return (
    <form {...formProps} className="space-y-2">
      <input type="hidden" name="intent" value={saved ? "remove" : "add"} />
      <input type="hidden" name="target" value={target} />
      <input type="hidden" name="slug" value={slug} />
      <SubmitButton
        pending={pending}
        pendingLabel={saved ? t("removing") : t("saving")}
        variant={saved ? "secondary" : "primary"}
        size={compact ? "sm" : "md"}
        className={compact ? undefined : "w-full"}
      >
        {compact ? (
          <>
            <span aria-hidden="true">{label}</span>
            <span className="sr-only">{t("removeName", { name: compact.name })}</span>
          </>
        ) : (
          label
        )}
      </SubmitButton>
      {formError ? <FormAlert>{formError}</FormAlert> : compact ? null : <FormMessage state={state} />}
    </form>
  );
}
