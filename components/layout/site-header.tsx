import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";
import { getSessionUser } from "@/lib/auth/session";
import { accountPath, navItemsFor } from "@/lib/navigation";
import { notificationCentrePath } from "@/lib/notifications/paths";
import { unreadCount } from "@/lib/notifications/queries";
import { siteConfig } from "@/lib/site";
import { LanguageSwitcher } from "./language-switcher";
import { MobileMenu } from "./mobile-menu";
import { type NavLinkItem, NavLinks } from "./nav-links";
import { SignOutButton } from "./sign-out-button";

/** The portal's header: office bar with the language switcher, brand, role-aware navigation. */
export async function SiteHeader() {
  const [t, tSite, tAccount, tNotifications, user] = await Promise.all([
    getTranslations("Nav"),
    getTranslations("Site"),
    getTranslations("MyAccount"),
    getTranslations("Notifications"),
    getSessionUser(),
  ]);
  const site = siteConfig();
  const items: NavLinkItem[] = navItemsFor(user?.role ?? null).map((item) => ({ href: item.href, text: t(item.label) }));

  const unread = user ? await unreadCount(user.id) : 0;
  const accountItems: NavLinkItem[] = [
    { href: notificationCentrePath, text: tNotifications("headerLink", { count: unread }) },
    { href: accountPath, text: tAccount("navLink") },
  ];
  // On a desktop the "signed in as" line sits in the office bar above, so the main row holds
  // only links and never wraps (1024-1440 px); the phone menu keeps it beside the account links.
  const account = (orientation: "horizontal" | "vertical") =>
    user ? (
      <div className="flex flex-col gap-2 lg:flex-row lg:items-center">
        {orientation === "vertical" ? <p className="text-sm text-muted">{t("signedInAs", { name: user.name })}</p> : null}
        <NavLinks items={accountItems} orientation={orientation} />
        <SignOutButton />
      </div>
    ) : (
      <div className="flex gap-2">
        <ButtonLink href="/masuk" variant="secondary" size="sm">
          {t("signIn")}
        </ButtonLink>
        <ButtonLink href="/daftar" size="sm">
          {t("register")}
        </ButtonLink>
      </div>
    );

  return (
    <header className="border-b border-line bg-white">
      <div className="bg-brand-900 text-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-4 gap-y-1 px-4 py-1">
          <p className="hidden text-sm text-brand-100 sm:block">{site.officeName}</p>
          <div className="flex items-center gap-4">
            {user ? <p className="hidden max-w-md truncate text-sm text-brand-100 lg:block">{t("signedInAs", { name: user.name })}</p> : null}
            <LanguageSwitcher />
          </div>
        </div>
      </div>
      <div className="relative mx-auto flex max-w-6xl items-center justify-between gap-4 px-4 py-3">
        <Link href="/" className="flex min-h-11 items-center gap-3 no-underline">
          <svg viewBox="0 0 32 32" className="size-10 shrink-0" aria-hidden="true">
            <rect width="32" height="32" rx="7" fill="#174c78" />
            <path d="M9 23V13.5l7-4.5 7 4.5V23" fill="none" stroke="#fff" strokeWidth="2.4" strokeLinejoin="round" />
            <path d="M12.5 23v-5h7v5" fill="none" stroke="#e5a93a" strokeWidth="2.4" strokeLinejoin="round" />
          </svg>
          <span className="flex flex-col leading-tight whitespace-nowrap">
            <span className="text-lg font-bold text-brand-900">{site.productName}</span>
            <span className="text-xs text-muted">{tSite("subtitle")}</span>
          </span>
          {/* Read after the visible text, so the link's name contains what it shows (WCAG 2.5.3). */}
          <span className="sr-only">{tSite("homeLink")}</span>
        </Link>

        <nav aria-label={t("label")} className="hidden items-center gap-2 lg:flex xl:gap-4">
          <NavLinks items={items} orientation="horizontal" />
          {account("horizontal")}
        </nav>

        <MobileMenu label={t("menu")}>
          <nav aria-label={t("label")} className="flex flex-col gap-3">
            <NavLinks items={items} orientation="vertical" />
            <div className="border-t border-line pt-3">{account("vertical")}</div>
          </nav>
        </MobileMenu>
      </div>
    </header>
  );
}
