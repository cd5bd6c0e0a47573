// Fixtures of the sourcing tests: buyers, SMEs with KBLI codes, staff, requests, and how a
// session user looks for each. Reference data (KBLI 2020, kecamatan) is seeded by the setup.
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import type { CurationStatus } from "@/lib/generated/prisma/enums";
import { uniqueEmail } from "./accounts";

export function sessionOf(
  user: { id: string; email: string; name: string; role: SessionUser["role"] },
  extra: Partial<Pick<SessionUser, "enterpriseId" | "buyerOrganizationId">> = {},
): SessionUser {
  return { ...user, locale: "id", enterpriseId: null, buyerOrganizationId: null, partnerOrganizationId: null, ...extra };
}

export async function kbliId(code: string): Promise<number> {
  const row = await db.kbli.findFirstOrThrow({ where: { version: "2020", code, level: "SUBCLASS" }, select: { id: true } });
  return row.id;
}

export async function seedSme(slug: string, codes: string[], status: CurationStatus = "PUBLISHED") {
  const owner = await db.user.create({ data: { email: uniqueEmail(slug), name: `Pemilik ${slug}`, role: "SME" } });
  const [primary, ...extra] = codes;
  const enterprise = await db.enterprise.create({
    data: {
      slug,
      ownerId: owner.id,
      legalName: `UD ${slug}`,
      brandName: `Merek ${slug}`,
      legalForm: "UD",
      kecamatanCode: "33.74.04",
      status,
      primaryKbliId: primary ? await kbliId(primary) : null,
      additionalKbli: { create: await Promise.all(extra.map(async (code) => ({ kbliId: await kbliId(code) }))) },
    },
  });
  return { owner, enterprise, session: sessionOf(owner, { enterpriseId: enterprise.id }) };
}

export async function seedBuyer(slug: string) {
  const organization = await db.buyerOrganization.create({ data: { slug, name: `PT ${slug}`, kind: "RETAILER", city: "Semarang" } });
  const user = await db.user.create({ data: { email: uniqueEmail(slug), name: `Pembeli ${slug}`, role: "BUYER", buyerOrganizationId: organization.id } });
  return { organization, user, session: sessionOf(user, { buyerOrganizationId: organization.id }) };
}

export async function seedStaff(name: string) {
  const user = await db.user.create({ data: { email: uniqueEmail(name), name: `Petugas ${name}`, role: "STAFF" } });
  return { user, session: sessionOf(user) };
}

/** A request straight in the database (the create action is tested on its own). */
export async function seedRequest(buyerId: string, code: string | null, extra: { status?: "OPEN" | "CLOSED"; deadline?: Date | null; title?: string } = {}) {
  return db.sourcingRequest.create({
    data: {
      buyerId,
      title: extra.title ?? `Permintaan ${code ?? "tanpa KBLI"}`,
      description: "Kebutuhan rutin untuk toko kami, dikirim setiap bulan.",
      kbliId: code ? await kbliId(code) : null,
      quantityPerMonth: 500,
      unit: "pak",
      status: extra.status ?? "OPEN",
      deadline: extra.deadline ?? null,
    },
  });
}

/** A date-only value `days` from today (UTC calendar; the tests keep well clear of midnight WIB edges). */
export function daysFromToday(days: number): Date {
  const today = new Date();
  return new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + days));
}

export function dateField(date: Date): string {
  return date.toISOString().slice(0, 10);
}
