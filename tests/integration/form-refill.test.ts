// After an answer with errors a form without JavaScript is rebuilt from what the action sends
// back: every value of a field sent several times (ticked checkboxes, numbered KBLI slots) comes
// back in order, never a password, and a refused save changes nothing.
import { beforeEach, describe, expect, it } from "vitest";
import type { FormState } from "@/lib/auth/form-state";
import { db } from "@/lib/db";
import { saveEnterpriseMarketStepAction, saveEnterpriseSectorStepAction } from "@/lib/enterprises/profile-actions";
import { setRequestHeaders } from "@/tests/support/next-headers";
import { resetData } from "./reset";
import { form, signInAs } from "./support/actions";
import { uniqueEmail } from "./support/accounts";

setRequestHeaders({});

const initial: FormState = { ok: false };

describe("refilling a form after an error", () => {
  beforeEach(async () => {
    await resetData();
    const user = await db.user.create({ data: { email: uniqueEmail("isi-ulang"), name: "Pemilik", role: "SME" } });
    const enterprise = await db.enterprise.create({ data: { slug: "isi-ulang", ownerId: user.id, legalName: "UD Isi Ulang", legalForm: "UD", kecamatanCode: "33.74.04" } });
    signInAs({ id: user.id, email: user.email, name: user.name, role: "SME", locale: "id", enterpriseId: enterprise.id, buyerOrganizationId: null, partnerOrganizationId: null });
  });

  it("sends back every additional KBLI slot, empty ones included, in order", async () => {
    const result = await saveEnterpriseSectorStepAction(
      initial,
      form({ primaryKbli: "13134", additionalKbli: ["10391", "", "99999"], monthlyCapacity: "-1", capacityUnit: "kg" }),
    );
    expect(result.ok).toBe(false);
    expect(result.lists?.additionalKbli).toEqual(["10391", "", "99999"]);
    expect(result.values?.primaryKbli).toBe("13134");
    expect(await db.enterpriseKbli.count()).toBe(0);
  });

  it("sends back the ticked channels; a single tick stays a plain value", async () => {
    const result = await saveEnterpriseMarketStepAction(
      initial,
      form({ salesChannels: ["RESELLER", "MARKETPLACE"], targetBuyerKinds: "HOREKA", whatsapp: "bukan nomor" }),
    );
    expect(result.ok).toBe(false);
    expect(result.fieldErrors?.whatsapp).toBeDefined();
    expect(result.lists?.salesChannels).toEqual(["RESELLER", "MARKETPLACE"]);
    expect(result.lists?.targetBuyerKinds).toBeUndefined();
    expect(result.values?.targetBuyerKinds).toBe("HOREKA");
  });
});
