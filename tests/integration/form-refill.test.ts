// After an answer with errors a form without JavaScript is rebuilt from what the action sends
// back: every value of a field sent several times (ticked checkboxes, numbered KBLI slots) comes
// back in order, never a password, and a refused save changes nothing.
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { FormState } from "@/lib/auth/form-state";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { saveEnterpriseMarketStep, saveEnterpriseSectorStep } from "@/lib/enterprises/profile-actions";
import { resetData } from "./reset";
import { uniqueEmail } from "./support/accounts";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getSessionUser: async () => session.user }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next/headers", () => ({ headers: async () => new Headers(), cookies: async () => ({ get: () => undefined }) }));

const initial: FormState = { ok: false };

function form(fields: [string, string][]): FormData {
  const data = new FormData();
  for (const [key, value] of fields) data.append(key, value);
  return data;
}

describe("refilling a form after an error", () => {
  beforeEach(async () => {
    await resetData();
    const user = await db.user.create({ data: { email: uniqueEmail("isi-ulang"), name: "Pemilik", role: "SME" } });
    const enterprise = await db.enterprise.create({ data: { slug: "isi-ulang", ownerId: user.id, legalName: "UD Isi Ulang", legalForm: "UD", kecamatanCode: "33.74.04" } });
    session.user = { id: user.id, email: user.email, name: user.name, role: "SME", locale: "id", enterpriseId: enterprise.id, buyerOrganizationId: null, partnerOrganizationId: null };
  });

  it("sends back every additional KBLI slot, empty ones included, in order", async () => {
    const result = await saveEnterpriseSectorStep(
      initial,
      form([["primaryKbli", "13134"], ["additionalKbli", "10391"], ["additionalKbli", ""], ["additionalKbli", "99999"], ["monthlyCapacity", "-1"], ["capacityUnit", "kg"]]),
    );
    expect(result.ok).toBe(false);
    expect(result.lists?.additionalKbli).toEqual(["10391", "", "99999"]);
    expect(result.values?.primaryKbli).toBe("13134");
    expect(await db.enterpriseKbli.count()).toBe(0);
  });

  it("sends back the ticked channels; a single tick stays a plain value", async () => {
    const result = await saveEnterpriseMarketStep(
      initial,
      form([["salesChannels", "RESELLER"], ["salesChannels", "MARKETPLACE"], ["targetBuyerKinds", "HOREKA"], ["whatsapp", "bukan nomor"]]),
    );
    expect(result.ok).toBe(false);
    expect(result.fieldErrors?.whatsapp).toBeDefined();
    expect(result.lists?.salesChannels).toEqual(["RESELLER", "MARKETPLACE"]);
    expect(result.lists?.targetBuyerKinds).toBeUndefined();
    expect(result.values?.targetBuyerKinds).toBe("HOREKA");
  });
});
