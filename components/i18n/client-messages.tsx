import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import type { Messages } from "@/lib/i18n/messages";
import { type MessageNamespace, pickMessages } from "@/lib/i18n/pick-messages";

/**
 * Hands the client components inside it the message namespaces they translate with, and only
 * those: the page's document then carries them instead of the whole catalog. A client component
 * reads messages from the nearest provider only, so list every namespace used inside, including
 * those of the message keys its server action returns (lib/auth/action.ts: "Errors", "Validation"
 * and the form's own). tests/e2e/page-messages.spec.ts checks what each page's document carries.
 */
export async function ClientMessages({ namespaces, children }: { namespaces: readonly MessageNamespace[]; children: ReactNode }) {
  const catalog = (await getMessages()) as Messages;
  return <NextIntlClientProvider messages={pickMessages(catalog, namespaces)}>{children}</NextIntlClientProvider>;
}
