// Who may do what: one table, role -> permissions. Every server action is defined with
// defineFormAction (lib/auth/action.ts) naming its access, and every protected page calls
// requireRoute with a key of routeAccess below; tests/integration/permissions-matrix.test.ts
// checks both against this table. Layouts and the proxy only gate navigation.
import type { Role } from "@/lib/generated/prisma/enums";

export const permissions = [
  "area:sme",
  "area:buyer",
  "area:partner",
  "area:staff",
  "area:admin",
  "enterprise:manage-own",
  "enterprise:assist",
  "product:manage-own",
  "buyer:manage-own",
  "sourcing-request:manage-own",
  "partner:view-consented",
  "event:take-part",
  "catalog:curate",
  "sourcing:facilitate",
  "event:manage",
  "match:curate",
  "meeting:schedule",
  "report:view",
  "user:manage",
  "audit:view",
] as const;

export type Permission = (typeof permissions)[number];

export const roles = ["ADMIN", "STAFF", "SME", "BUYER", "PARTNER"] as const satisfies readonly Role[];

export const rolePermissions: Record<Role, readonly Permission[]> = {
  ADMIN: [
    "area:staff",
    "area:admin",
    "catalog:curate",
    "enterprise:assist",
    "sourcing:facilitate",
    "event:manage",
    "match:curate",
    "meeting:schedule",
    "report:view",
    "user:manage",
    "audit:view",
  ],
  STAFF: ["area:staff", "catalog:curate", "enterprise:assist", "sourcing:facilitate", "event:manage", "match:curate", "meeting:schedule", "report:view"],
  SME: ["area:sme", "enterprise:manage-own", "product:manage-own", "event:take-part"],
  BUYER: ["area:buyer", "buyer:manage-own", "sourcing-request:manage-own", "event:take-part"],
  PARTNER: ["area:partner", "partner:view-consented", "event:take-part"],
};

/**
 * Who may call an action or open a page: a permission from the table, any signed-in user
 * ("signed-in": their own account), or anyone ("public": sign-up, password reset, language).
 */
export type Access = Permission | "signed-in" | "public";

export function can(role: Role | null, access: Access): boolean {
  if (access === "public") return true;
  if (role === null) return false;
  if (access === "signed-in") return true;
  return rolePermissions[role].includes(access);
}

/**
 * Every protected page and route handler, by its route as in app/ (without route groups, with
 * [param] segments), and who may open it.
 */
export const routeAccess = {
  "/ikm": "area:sme",
  "/ikm/profil": "enterprise:manage-own",
  "/ikm/sertifikat": "enterprise:manage-own",
  "/ikm/sertifikat/[id]/dokumen": "enterprise:manage-own",
  "/ikm/kesiapan-ekspor": "enterprise:manage-own",
  "/ikm/kurasi": "enterprise:manage-own",
  "/ikm/produk": "product:manage-own",
  "/ikm/produk/baru": "product:manage-own",
  "/ikm/produk/[id]": "product:manage-own",
  "/pembeli": "area:buyer",
  "/pembeli/profil": "buyer:manage-own",
  "/pembeli/simpanan": "buyer:manage-own",
  "/pembeli/pertanyaan": "buyer:manage-own",
  "/pembeli/pertanyaan/baru": "buyer:manage-own",
  "/pembeli/pertanyaan/[id]": "buyer:manage-own",
  "/ikm/pertanyaan": "enterprise:manage-own",
  "/ikm/pertanyaan/[id]": "enterprise:manage-own",
  "/staf/pertanyaan": "sourcing:facilitate",
  "/staf/pertanyaan/[id]": "sourcing:facilitate",
  "/pembeli/permintaan": "sourcing-request:manage-own",
  "/pembeli/permintaan/baru": "sourcing-request:manage-own",
  "/pembeli/permintaan/[id]": "sourcing-request:manage-own",
  "/ikm/permintaan": "enterprise:manage-own",
  "/ikm/permintaan/[id]": "enterprise:manage-own",
  "/staf/permintaan": "sourcing:facilitate",
  "/staf/permintaan/[id]": "sourcing:facilitate",
  "/staf/pencocokan": "match:curate",
  "/staf/pencocokan/[id]": "match:curate",
  "/staf/pencocokan/konsorsium/[id]": "match:curate",
  "/ikm/konsorsium": "enterprise:manage-own",
  "/pembeli/konsorsium": "buyer:manage-own",
  "/ikm/pasangan": "enterprise:manage-own",
  "/pembeli/pasangan": "buyer:manage-own",
  "/mitra": "area:partner",
  "/mitra/ikm": "partner:view-consented",
  "/mitra/ikm/[id]": "partner:view-consented",
  "/ikm/mitra": "enterprise:manage-own",
  "/staf/rujukan": "report:view",
  "/staf": "area:staff",
  "/staf/sertifikat": "catalog:curate",
  "/staf/sertifikat/[id]/dokumen": "catalog:curate",
  "/staf/kesiapan-ekspor": "catalog:curate",
  "/staf/kesiapan-ekspor/[id]": "catalog:curate",
  "/staf/kurasi": "catalog:curate",
  "/staf/kurasi/ikm/[id]": "catalog:curate",
  "/staf/kurasi/produk/[id]": "catalog:curate",
  "/staf/ikm": "enterprise:assist",
  "/staf/ikm/baru": "enterprise:assist",
  "/staf/ikm/[id]/profil": "enterprise:assist",
  "/staf/impor": "enterprise:assist",
  "/staf/impor/baru": "enterprise:assist",
  "/staf/impor/kesalahan/[token]": "enterprise:assist",
  "/staf/impor/templat": "enterprise:assist",
  "/staf/impor/[id]": "enterprise:assist",
  "/staf/impor/[id]/kemajuan": "enterprise:assist",
  "/staf/acara": "event:manage",
  "/staf/acara/baru": "event:manage",
  "/staf/acara/[id]": "event:manage",
  "/staf/acara/[id]/peserta": "event:manage",
  "/staf/acara/[id]/jadwal": "meeting:schedule",
  "/staf/acara/[id]/jadwal/cetak": "meeting:schedule",
  "/staf/acara/[id]/langsung": "meeting:schedule",
  "/staf/acara/[id]/kehadiran": "event:manage",
  "/staf/acara/[id]/kehadiran/cetak": "event:manage",
  "/staf/acara/[id]/hadir/[code]": "event:manage",
  "/staf/acara/[id]/laporan": "report:view",
  "/staf/tindak-lanjut": "report:view",
  "/staf/dasbor": "report:view",
  "/staf/dasbor/unduh/[dataset]": "report:view",
  "/peserta/acara": "event:take-part",
  "/peserta/acara/[slug]": "event:take-part",
  "/peserta/acara/[slug]/permintaan": "event:take-part",
  "/peserta/acara/[slug]/agenda": "event:take-part",
  "/peserta/acara/[slug]/agenda/cetak": "event:take-part",
  "/peserta/acara/[slug]/agenda.ics": "event:take-part",
  "/admin": "area:admin",
  "/admin/undang": "user:manage",
  "/admin/audit": "audit:view",
  "/admin/audit/unduh": "audit:view",
  "/akun": "signed-in",
  "/akun/unduh-data": "signed-in",
  "/akun/notifikasi": "signed-in",
} as const satisfies Record<string, Access>;

export type ProtectedRoute = keyof typeof routeAccess;

/** Where each role lands after signing in. */
export const roleHome: Record<Role, string> = {
  ADMIN: "/admin",
  STAFF: "/staf",
  SME: "/ikm",
  BUYER: "/pembeli",
  PARTNER: "/mitra",
};
