// The staff desk's navigation: every staff and admin area, which waiting-work count each shows,
// and who may see it (the route's permission in lib/auth/permissions.ts). Pure.
import { can, type ProtectedRoute, routeAccess } from "@/lib/auth/permissions";
import type { Role } from "@/lib/generated/prisma/enums";
import type { DeskCounts } from "./desk-counts";

/** Message keys under "StaffDesk". */
export type DeskLabel =
  | "home"
  | "curation"
  | "certificates"
  | "exportReadiness"
  | "assisted"
  | "imports"
  | "events"
  | "matching"
  | "followUps"
  | "sourcing"
  | "inquiries"
  | "referrals"
  | "reports"
  | "adminUsers"
  | "adminInvite"
  | "adminAudit";

export type DeskArea = { href: ProtectedRoute; label: DeskLabel; count?: keyof DeskCounts };
export type DeskGroup = { label: "staffGroup" | "adminGroup"; areas: readonly DeskArea[] };

export const deskGroups: readonly DeskGroup[] = [
  {
    label: "staffGroup",
    areas: [
      { href: "/staf", label: "home" },
      { href: "/staf/kurasi", label: "curation", count: "curation" },
      { href: "/staf/sertifikat", label: "certificates", count: "certificates" },
      { href: "/staf/kesiapan-ekspor", label: "exportReadiness", count: "exportReadiness" },
      { href: "/staf/acara", label: "events", count: "registrations" },
      { href: "/staf/pencocokan", label: "matching", count: "matches" },
      { href: "/staf/tindak-lanjut", label: "followUps", count: "overdueFollowUps" },
      { href: "/staf/ikm", label: "assisted" },
      { href: "/staf/impor", label: "imports" },
      { href: "/staf/permintaan", label: "sourcing" },
      { href: "/staf/pertanyaan", label: "inquiries" },
      { href: "/staf/rujukan", label: "referrals" },
      { href: "/staf/dasbor", label: "reports" },
    ],
  },
  {
    label: "adminGroup",
    areas: [
      { href: "/admin", label: "adminUsers" },
      { href: "/admin/undang", label: "adminInvite" },
      { href: "/admin/audit", label: "adminAudit" },
    ],
  },
];

/** The groups and areas a role may open; groups left empty are dropped. */
export function deskGroupsFor(role: Role): DeskGroup[] {
  return deskGroups
    .map((group) => ({ ...group, areas: group.areas.filter((area) => can(role, routeAccess[area.href])) }))
    .filter((group) => group.areas.length > 0);
}
