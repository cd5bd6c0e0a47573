"use client";

import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/auth/form-state";

/** Translates the message keys server actions return ("MyAccount.contactSaved", "Errors.failed"). */
export function useMessageText(): (key: string | undefined, values?: Record<string, string | number>) => string | undefined {
  const t = useTranslations();
  type Key = Parameters<typeof t.has>[0];
  return (key, values) => {
    if (!key) return undefined;
    // A key the catalog lacks is shown as the generic failure, never as a raw key.
    return t.has(key as Key) ? t(key as Key, values) : t("Errors.failed");
  };
}

/** The first error of a field, translated. */
export function useFieldError(state: FormState): (field: string) => string | undefined {
  const text = useMessageText();
  return (field) => text(state.fieldErrors?.[field]?.[0]);
}
