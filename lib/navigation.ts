// Which links the site header shows each role, and where sign-in may send a user back to.
// Pure: no Next.js or Prisma imports (only the generated enum type and the roles' homes).
import { roleHome } from "@/lib/auth/permissions";
import type { Role } from "@/lib/generated/prisma/enums";

/** Message keys under "Nav" for the header's links. */
export type NavLabel =
  | "home"
  | "catalog"
  | "events"
  | "smeArea"
  | "buyerArea"
  | "partnerArea"
  | "staffArea"
  | "adminArea";

export type NavItem = { href: string; label: NavLabel };

/** The signed-in areas (proxy.ts lists the same paths in its matcher). */
export const protectedAreaPaths = ["/ikm", "/pembeli", "/mitra", "/peserta", "/staf", "/admin"] as const;

export const publicNavItems: readonly NavItem[] = [
  { href: "/", label: "home" },
  { href: "/katalog", label: "catalog" },
  { href: "/acara", label: "events" },
];

const roleNavItems: Record<Role, readonly NavItem[]> = {
  SME: [{ href: "/ikm", label: "smeArea" }],
  BUYER: [{ href: "/pembeli", label: "buyerArea" }],
  PARTNER: [{ href: "/mitra", label: "partnerArea" }],
  STAFF: [{ href: "/staf", label: "staffArea" }],
  ADMIN: [
    { href: "/staf", label: "staffArea" },
    { href: "/admin", label: "adminArea" },
  ],
};

/** "My account": linked from the header for every signed-in user, whatever the role. */
export const accountPath = "/akun";

export function navItemsFor(role: Role | null): readonly NavItem[] {
  return role === null ? publicNavItems : [...publicNavItems, ...roleNavItems[role]];
}

export function roleHomePath(role: Role): string {
  return roleHome[role];
}

/** True when `pathname` is `href` or below it ("/" only matches itself). */
export function isActivePath(pathname: string, href: string): boolean {
  if (href === "/") return pathname === "/";
  return pathname === href || pathname.startsWith(`${href}/`);
}

/** The link of a list that marks the page: the longest href the path is at or below. */
export function activeHref(pathname: string, hrefs: readonly string[]): string | undefined {
  return hrefs.filter((href) => isActivePath(pathname, href)).sort((a, b) => b.length - a.length)[0];
}

export function isProtectedPath(pathname: string): boolean {
  return protectedAreaPaths.some((area) => isActivePath(pathname, area));
}

/**
 * A callbackUrl is followed only when it is a path on this site: "/staf?x=1" yes;
 * "//evil.example", "/\\evil.example", "https://..." and "javascript:..." no.
 */
export function safeCallbackPath(value: string | null | undefined): string | null {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return null;
  if (/[\u0000-\u001f\s]/.test(value)) return null;
  try {
    const url = new URL(value, "http://portal.invalid");
    if (url.origin !== "http://portal.invalid") return null;
    if (url.pathname === "/masuk") return null;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return null;
  }
}
