// Types the message keys and locales for next-intl, so a misspelt key fails the type
// check instead of showing a raw key to the user.
import type messages from "../../messages/id.json";
import type { AppLocale } from "./config";

declare module "next-intl" {
  interface AppConfig {
    Locale: AppLocale;
    Messages: typeof messages;
  }
}
