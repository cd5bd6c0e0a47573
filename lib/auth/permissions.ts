// Who may do what: one table, role -> permissions. Server actions, route handlers and pages
// check it through requirePermission(); layouts and the proxy only gate navigation.
import type { Role } from "@/lib/generated/prisma/enums";

export const permissions = [
  "enterprise:manage-own",
  "product:manage-own",
  "buyer:manage-own",
  "sourcing-request:manage-own",
  "partner:view-consented",
  "catalog:curate",
  "event:manage",
  "match:curate",
  "meeting:schedule",
  "report:view",
  "user:manage",
  "audit:view",
] as const;

export type Permission = (typeof permissions)[number];

export const rolePermissions: Record<Role, readonly Permission[]> = {
  ADMIN: ["catalog:curate", "event:manage", "match:curate", "meeting:schedule", "report:view", "user:manage", "audit:view"],
  STAFF: ["catalog:curate", "event:manage", "match:curate", "meeting:schedule", "report:view"],
  SME: ["enterprise:manage-own", "product:manage-own"],
  BUYER: ["buyer:manage-own", "sourcing-request:manage-own"],
  PARTNER: ["partner:view-consented"],
};

export function can(role: Role, permission: Permission): boolean {
  return rolePermissions[role].includes(permission);
}

/** Where each role lands after signing in. */
export const roleHome: Record<Role, string> = {
  ADMIN: "/admin",
  STAFF: "/staf",
  SME: "/ikm",
  BUYER: "/pembeli",
  PARTNER: "/mitra",
};
