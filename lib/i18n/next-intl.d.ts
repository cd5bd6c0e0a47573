// Types the message keys and locales for next-intl, so a misspelt key fails the type
// check instead of showing a raw key to the user.
import type { Messages } from "./messages";
import type { AppLocale } from "./config";

declare module "next-intl" {
  interface AppConfig {
    Locale: AppLocale;
    Messages: Messages;
  }
}
