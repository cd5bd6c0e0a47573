// The pending changes of a published enterprise as staff review them: each held field with its
// published and proposed value (references resolved to names), the photos waiting, and the
// version the decision form sends back.
import "server-only";
import { db } from "@/lib/db";
import { type HeldColumn, livePendingFields, type PendingFields, pendingFieldsOf } from "@/lib/enterprises/pending-changes";
import type { Prisma } from "@/lib/generated/prisma/client";

export type PendingField = HeldColumn | "additionalKbliIds";
export type ChangeRow = { field: PendingField; before: string | null; after: string | null };
export type PendingPhoto = { id: string; kind: "LOGO" | "PHOTO"; width: number; height: number };
export type PendingChangeReview = { version: number; submittedAt: Date; fields: ChangeRow[]; photos: PendingPhoto[] };

type Names = { kecamatan: Map<string, string>; kelurahan: Map<string, string>; sentra: Map<string, string>; kbli: Map<number, string> };

function text(field: PendingField, value: Prisma.JsonValue | undefined, names: Names): string | null {
  if (value === null || value === undefined) return null;
  const lookup = (map: Map<string, string> | Map<number, string>, key: string | number) =>
    (map as Map<string | number, string>).get(key) ?? String(key);
  if (field === "kecamatanCode") return lookup(names.kecamatan, String(value));
  if (field === "kelurahanCode") return lookup(names.kelurahan, String(value));
  if (field === "sentraId") return lookup(names.sentra, String(value));
  if (field === "primaryKbliId") return lookup(names.kbli, Number(value));
  if (field === "additionalKbliIds" && Array.isArray(value)) return value.map((id) => lookup(names.kbli, Number(id))).join("; ");
  if (Array.isArray(value)) return value.join(", ");
  return String(value);
}

async function namesFor(sides: PendingFields[]): Promise<Names> {
  const all = (field: PendingField) => sides.flatMap((side) => [side[field]].flat()).filter((value) => value !== null && value !== undefined);
  const kbliIds = [...all("primaryKbliId"), ...all("additionalKbliIds")].map(Number);
  const [kecamatan, kelurahan, sentra, kbli] = await Promise.all([
    db.kecamatan.findMany({ where: { code: { in: all("kecamatanCode").map(String) } }, select: { code: true, name: true } }),
    db.kelurahan.findMany({ where: { code: { in: all("kelurahanCode").map(String) } }, select: { code: true, name: true } }),
    db.sentra.findMany({ where: { id: { in: all("sentraId").map(String) } }, select: { id: true, name: true } }),
    db.kbli.findMany({ where: { id: { in: kbliIds } }, select: { id: true, code: true, nameId: true } }),
  ]);
  return {
    kecamatan: new Map(kecamatan.map((row) => [row.code, row.name])),
    kelurahan: new Map(kelurahan.map((row) => [row.code, row.name])),
    sentra: new Map(sentra.map((row) => [row.id, row.name])),
    kbli: new Map(kbli.map((row) => [row.id, `${row.code} ${row.nameId}`])),
  };
}

/** Null when nothing waits for staff. */
export async function getPendingChangeForCuration(enterpriseId: string): Promise<PendingChangeReview | null> {
  const [pending, enterprise, photos] = await Promise.all([
    db.enterprisePendingChange.findUnique({ where: { enterpriseId }, select: { fields: true, updatedAt: true } }),
    db.enterprise.findUnique({ where: { id: enterpriseId }, select: { version: true } }),
    db.enterprisePhoto.findMany({
      where: { enterpriseId, pendingReview: true },
      orderBy: [{ kind: "asc" }, { sortOrder: "asc" }, { createdAt: "asc" }],
      select: { id: true, kind: true, width: true, height: true },
    }),
  ]);
  if (!pending || !enterprise) return null;
  const proposed = pendingFieldsOf(pending.fields);
  const live = await livePendingFields(db, enterpriseId);
  const names = await namesFor([proposed, live]);
  const fields = (Object.keys(proposed) as PendingField[]).map((field) => ({
    field,
    before: text(field, live[field], names),
    after: text(field, proposed[field], names),
  }));
  return { version: enterprise.version, submittedAt: pending.updatedAt, fields, photos };
}

/** The SME's own view: which fields and how many photos wait for staff. */
export async function getOwnPendingChange(enterpriseId: string): Promise<{ fields: PendingField[]; photos: number } | null> {
  const pending = await db.enterprisePendingChange.findUnique({ where: { enterpriseId }, select: { fields: true } });
  if (!pending) return null;
  const photos = await db.enterprisePhoto.count({ where: { enterpriseId, pendingReview: true } });
  return { fields: Object.keys(pendingFieldsOf(pending.fields)) as PendingField[], photos };
}
