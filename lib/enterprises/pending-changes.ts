// Edits of a PUBLISHED enterprise's public or identity fields wait for staff: they are merged
// into its one EnterprisePendingChange row, and the published values stay live in the catalog
// until staff approve them (lib/curation/change-mutations.ts). Which fields are held follows
// what the public supplier page (lib/catalog/supplier-page.ts) shows, plus the identity staff
// verify: names, legal form, NIB and NPWP, year founded, address and place, KBLI, capacity and
// raw materials, markets and contacts, and capital and sales (they set the scale the catalog
// shows). Only the workforce and the buyer kinds the SME looks for, which no public page shows,
// are saved at once. Enterprises that are not published are edited directly, as before.
import { UserFacingError } from "@/lib/auth/action";
import type { DbClient } from "@/lib/db";
import type { Enterprise, Prisma } from "@/lib/generated/prisma/client";
import { type ProfileTarget, updateTarget } from "./profile-mutations";

export const heldColumns = [
  "legalName",
  "brandName",
  "legalForm",
  "nib",
  "npwp",
  "yearFounded",
  "capitalRupiah",
  "annualSalesRupiah",
  "scale",
  "kecamatanCode",
  "kelurahanCode",
  "address",
  "sentraId",
  "primaryKbliId",
  "monthlyCapacity",
  "installedCapacity",
  "capacityUnit",
  "rawMaterials",
  "salesChannels",
  "sellsNationally",
  "exportCountries",
  "phone",
  "whatsapp",
  "email",
  "website",
  "instagram",
  "facebook",
  "tiktok",
  "marketplaceUrl",
] as const satisfies readonly (keyof Enterprise)[];

export type HeldColumn = (typeof heldColumns)[number];
export type HeldValues = { [K in HeldColumn]?: Enterprise[K] } & { additionalKbliIds?: number[] };
/** A pending field as stored: JSON, with money as text. */
export type PendingFields = Partial<Record<HeldColumn | "additionalKbliIds", Prisma.JsonValue>>;

const moneyColumns: ReadonlySet<string> = new Set<HeldColumn>(["capitalRupiah", "annualSalesRupiah"]);
const pendingKeys: ReadonlySet<string> = new Set<string>([...heldColumns, "additionalKbliIds"]);

function encode(values: HeldValues): PendingFields {
  const fields: PendingFields = {};
  for (const [key, value] of Object.entries(values) as [keyof HeldValues, unknown][]) {
    if (value === undefined) continue;
    if (typeof value === "bigint") fields[key] = value.toString();
    else if (key === "additionalKbliIds" && Array.isArray(value)) fields[key] = [...(value as number[])].sort((a, b) => a - b);
    else fields[key] = value as Prisma.JsonValue;
  }
  return fields;
}

/** The stored JSON back to column values; unknown keys (from an older version of this list) are dropped. */
export function decodePendingFields(json: Prisma.JsonValue): { columns: Prisma.EnterpriseUncheckedUpdateManyInput; additionalKbliIds: number[] | null } {
  const fields = pendingFieldsOf(json);
  const columns: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (key === "additionalKbliIds") continue;
    columns[key] = moneyColumns.has(key) && typeof value === "string" ? BigInt(value) : value;
  }
  const kbli = fields.additionalKbliIds;
  return { columns: columns as Prisma.EnterpriseUncheckedUpdateManyInput, additionalKbliIds: Array.isArray(kbli) ? kbli.map(Number) : null };
}

export function pendingFieldsOf(json: Prisma.JsonValue): PendingFields {
  if (!json || typeof json !== "object" || Array.isArray(json)) return {};
  return Object.fromEntries(Object.entries(json).filter(([key]) => pendingKeys.has(key))) as PendingFields;
}

const liveSelect = {
  ...Object.fromEntries(heldColumns.map((column) => [column, true])),
  additionalKbli: { select: { kbliId: true } },
} as { [K in HeldColumn]: true } & { additionalKbli: { select: { kbliId: true } } };

/** The live (published) values of the held fields, encoded like the pending ones. */
export async function livePendingFields(tx: DbClient, enterpriseId: string): Promise<PendingFields> {
  const row = await tx.enterprise.findUniqueOrThrow({ where: { id: enterpriseId }, select: liveSelect });
  const { additionalKbli, ...columns } = row;
  return encode({ ...columns, additionalKbliIds: additionalKbli.map((link) => link.kbliId) });
}

const same = (a: Prisma.JsonValue | undefined, b: Prisma.JsonValue | undefined) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * Saves a profile step: the direct columns at once (and the target checked and locked, its
 * version bumped, by updateTarget); the held ones at once too unless the enterprise is
 * PUBLISHED, when they join its pending change. Returns whether anything is now held.
 */
export async function saveProfileFields(
  tx: DbClient,
  target: ProfileTarget,
  direct: Prisma.EnterpriseUncheckedUpdateManyInput,
  held: HeldValues,
): Promise<"saved" | "held"> {
  await updateTarget(tx, target, direct);
  const { status } = await tx.enterprise.findUniqueOrThrow({ where: { id: target.enterpriseId }, select: { status: true } });
  if (status !== "PUBLISHED") {
    await releasePendingChange(tx, target.enterpriseId);
    const { additionalKbliIds, ...columns } = held;
    await tx.enterprise.update({ where: { id: target.enterpriseId }, data: columns, select: { id: true } });
    if (additionalKbliIds) {
      await tx.enterpriseKbli.deleteMany({ where: { enterpriseId: target.enterpriseId } });
      await tx.enterpriseKbli.createMany({ data: additionalKbliIds.map((kbliId) => ({ enterpriseId: target.enterpriseId, kbliId })) });
    }
    return "saved";
  }
  if (held.nib) {
    const holder = await tx.enterprise.findFirst({ where: { nib: held.nib, id: { not: target.enterpriseId } }, select: { id: true } });
    if (holder) throw new UserFacingError("EnterpriseProfile.errors.nibTaken", "nib");
  }
  const existing = await tx.enterprisePendingChange.findUnique({ where: { enterpriseId: target.enterpriseId }, select: { fields: true } });
  const merged = { ...pendingFieldsOf(existing?.fields ?? null), ...encode(held) };
  await storePendingChange(tx, target, merged);
  return "held";
}

/**
 * Keeps only the fields that differ from the live profile; with nothing left and no photo
 * waiting, the pending change is removed (an edit back to the published values withdraws it).
 */
export async function storePendingChange(tx: DbClient, target: ProfileTarget, fields: PendingFields): Promise<void> {
  const live = await livePendingFields(tx, target.enterpriseId);
  const changed = Object.fromEntries(Object.entries(fields).filter(([key, value]) => !same(value, live[key as keyof PendingFields])));
  const photos = await tx.enterprisePhoto.count({ where: { enterpriseId: target.enterpriseId, pendingReview: true } });
  if (Object.keys(changed).length === 0 && photos === 0) {
    await tx.enterprisePendingChange.deleteMany({ where: { enterpriseId: target.enterpriseId } });
    return;
  }
  await tx.enterprisePendingChange.upsert({
    where: { enterpriseId: target.enterpriseId },
    create: { enterpriseId: target.enterpriseId, fields: changed, submittedById: target.actorId },
    update: { fields: changed, submittedById: target.actorId },
    select: { id: true },
  });
}

/** After a photo was added to or removed from the pending change: the row follows what is waiting. */
export async function refreshPendingChange(tx: DbClient, target: ProfileTarget): Promise<void> {
  const existing = await tx.enterprisePendingChange.findUnique({ where: { enterpriseId: target.enterpriseId }, select: { fields: true } });
  await storePendingChange(tx, target, pendingFieldsOf(existing?.fields ?? null));
}

/**
 * An enterprise no longer published has no live version to protect: a change still held from
 * when it was published becomes its profile (it is curated in full when submitted again).
 */
async function releasePendingChange(tx: DbClient, enterpriseId: string): Promise<void> {
  const pending = await tx.enterprisePendingChange.findUnique({ where: { enterpriseId }, select: { fields: true } });
  if (!pending) return;
  const { columns, additionalKbliIds } = decodePendingFields(pending.fields);
  await tx.enterprise.update({ where: { id: enterpriseId }, data: columns, select: { id: true } });
  if (additionalKbliIds) {
    await tx.enterpriseKbli.deleteMany({ where: { enterpriseId } });
    await tx.enterpriseKbli.createMany({ data: additionalKbliIds.map((kbliId) => ({ enterpriseId, kbliId })) });
  }
  // Photos join the profile; a new logo stays waiting, as it replaces the published one only on approval.
  await tx.enterprisePhoto.updateMany({ where: { enterpriseId, pendingReview: true, kind: "PHOTO" }, data: { pendingReview: false } });
  const logo = await tx.enterprisePhoto.count({ where: { enterpriseId, pendingReview: true } });
  if (logo > 0) await tx.enterprisePendingChange.update({ where: { enterpriseId }, data: { fields: {} }, select: { id: true } });
  else await tx.enterprisePendingChange.delete({ where: { enterpriseId } });
}
