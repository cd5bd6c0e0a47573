import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { SessionUser } from "@/lib/auth/session";
import { formatNumber } from "@/lib/i18n/format";
import { getDeskCounts } from "@/lib/staff/desk-counts";
import { deskGroupsFor } from "@/lib/staff/desk-nav";
import { DeskMenu } from "./desk-menu";
import { type DeskLink, DeskNavLinks } from "./desk-nav-links";

/**
 * The frame of every staff and admin page: the desk's navigation stays beside the page on a
 * desktop (from 1024 px) and above it, as a menu, on a phone. Each area carries its count of
 * waiting work (lib/staff/desk-counts.ts).
 */
export async function StaffDesk({ user, children }: { user: SessionUser; children: ReactNode }) {
  const [t, locale, counts] = await Promise.all([getTranslations("StaffDesk"), getLocale(), getDeskCounts()]);
  const groups = deskGroupsFor(user.role).map((group) => ({
    heading: t(group.label),
    links: group.areas.map((area): DeskLink => {
      const value = area.count ? counts[area.count] : undefined;
      return {
        href: area.href,
        text: t(area.label),
        count: value === undefined ? undefined : { value, shown: formatNumber(value, locale), waiting: t("waiting") },
      };
    }),
  }));
  const navigation = (
    <div className="flex flex-col gap-4">
      {groups.map((group) => (
        <DeskNavLinks key={group.heading} heading={group.heading} links={group.links} />
      ))}
    </div>
  );

  return (
    <div className="lg:mx-auto lg:grid lg:max-w-[90rem] lg:grid-cols-[16rem_minmax(0,1fr)]">
      <DeskMenu label={t("menu")}>
        <nav aria-label={t("navLabel")}>{navigation}</nav>
      </DeskMenu>
      <nav aria-label={t("navLabel")} className="hidden border-r border-line bg-white px-2 py-6 lg:block print:hidden">
        <div className="sticky top-4">{navigation}</div>
      </nav>
      <div className="min-w-0">{children}</div>
    </div>
  );
}
