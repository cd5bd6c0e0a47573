import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import en from "@/messages/en.json";
import id from "@/messages/id.json";
import { type AppLocale, localeCookieName, resolveLocale, timeZone } from "./config";

// Both catalogs are typed against the Indonesian one: a key missing from en.json
// fails the type check (lib/i18n/messages.test.ts also checks the reverse).
const catalogs: Record<AppLocale, typeof id> = { id, en };

// No i18n routing: the language comes from the NEXT_LOCALE cookie set by the
// language switcher (lib/i18n/actions.ts), Bahasa Indonesia when it is absent.
export default getRequestConfig(async () => {
  const store = await cookies();
  const locale = resolveLocale(store.get(localeCookieName)?.value);
  return { locale, timeZone, messages: catalogs[locale] };
});
