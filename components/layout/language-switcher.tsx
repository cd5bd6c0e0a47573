import { getLocale, getTranslations } from "next-intl/server";
import { initialFormState } from "@/lib/auth/form-state";
import { setLocaleAction } from "@/lib/i18n/actions";
import { locales } from "@/lib/i18n/config";

/**
 * Posts to the setLocale server action, so it also works without JavaScript. Each language
 * is named in itself (and marked with its lang) so a reader finds their own language.
 */
export async function LanguageSwitcher() {
  const t = await getTranslations("Language");
  const current = await getLocale();
  // A plain form post: the page re-renders in the new language, so the action's result is unused.
  const action = setLocaleAction.bind(null, initialFormState) as unknown as (formData: FormData) => Promise<void>;
  return (
    <form action={action} aria-labelledby="language-switcher-label" className="flex items-center gap-2">
      <span id="language-switcher-label" className="text-sm font-medium text-brand-100">
        {t("label")}
      </span>
      <div className="flex gap-1">
        {locales.map((locale) => {
          const active = locale === current;
          return (
            <button
              key={locale}
              type="submit"
              name="locale"
              value={locale}
              lang={locale}
              aria-pressed={active}
              className={[
                "inline-flex min-h-11 items-center rounded-md px-2.5 text-sm font-semibold sm:min-h-9",
                active ? "bg-white text-brand-900" : "text-white underline hover:bg-brand-800",
              ].join(" ")}
            >
              {t(locale)}
            </button>
          );
        })}
      </div>
    </form>
  );
}
