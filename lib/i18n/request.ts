import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { localeCookieName, resolveLocale, timeZone } from "./config";
import { catalogs } from "./messages";

// No i18n routing: the language comes from the NEXT_LOCALE cookie set by the
// language switcher (lib/i18n/actions.ts), Bahasa Indonesia when it is absent.
export default getRequestConfig(async () => {
  const store = await cookies();
  const locale = resolveLocale(store.get(localeCookieName)?.value);
  return { locale, timeZone, messages: catalogs[locale] };
});
