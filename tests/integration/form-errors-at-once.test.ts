// Every invalid field after one submit, through the real server actions: a cross-field rule
// (price min <= max, an event's dates) is reported together with the per-field errors, and
// nothing is written. And an event created with no registration window, as the form allows.
import { beforeEach, describe, expect, it } from "vitest";
import type { FormState } from "@/lib/auth/form-state";
import { db } from "@/lib/db";
import { createEventAction } from "@/lib/events/actions";
import { createProductAction } from "@/lib/products/actions";
import { setRequestHeaders } from "@/tests/support/next-headers";
import { resetData } from "./reset";
import { signInAs, submit } from "./support/actions";
import { seedSme, seedStaff } from "./support/sourcing";

setRequestHeaders({});

const product = {
  nameId: "Kerupuk Ikan Tenggiri",
  descriptionId: "Kerupuk ikan tenggiri asli Bandarharjo, digoreng kering, kemasan 250 gram.",
  kbliCode: "10792",
  unit: "pak",
  minOrder: "50",
};

const event = {
  title: "Temu Usaha Triwulan I 2027",
  kind: "BUSINESS_MATCHING",
  description: "Temu bisnis IKM Kota Semarang dengan pembeli ritel dan eksportir.",
  venue: "Balai Kota Semarang",
  startDate: "2027-03-17",
  startTime: "08:00",
  endDate: "2027-03-17",
  endTime: "16:00",
  opensDate: "",
  opensTime: "",
  closesDate: "",
  closesTime: "",
  slotMinutes: "20",
  tableCount: "10",
  pendingRequestLimit: "10",
  requestExpiryHours: "72",
};

const fieldErrorsOf = (result: Awaited<ReturnType<typeof submit>>) => ("redirect" in result ? {} : (result as FormState).fieldErrors);

beforeEach(async () => {
  await resetData();
  signInAs(null);
});

describe("the product form", () => {
  it("reports price min > max and a negative minimum order from one submit, and saves nothing", async () => {
    const { owner } = await seedSme("kerupuk-sekaligus", ["10792"], "DRAFT");
    signInAs({ id: owner.id });
    const result = await submit(createProductAction, { ...product, priceMin: "20.000", priceMax: "10.000", minOrder: "-5" });
    expect(result).toMatchObject({ ok: false });
    expect(fieldErrorsOf(result)).toEqual({ priceMax: ["Products.errors.priceOrder"], minOrder: ["Products.errors.minOrderInvalid"] });
    expect(await db.product.count()).toBe(0);
  });
});

describe("the event form", () => {
  it("creates an event with no registration window: both window fields stay null", async () => {
    const { user } = await seedStaff("acara-tanpa-jendela");
    signInAs({ id: user.id });
    const result = await submit(createEventAction, event);
    expect(result).toEqual({ redirect: expect.stringMatching(/^\/staf\/acara\/[a-z0-9]+/) });
    const row = await db.event.findFirstOrThrow({ select: { title: true, registrationOpensAt: true, registrationClosesAt: true } });
    expect(row).toEqual({ title: event.title, registrationOpensAt: null, registrationClosesAt: null });
  });

  it("reports a short title, an end before the start and a window closing after the event at once, and saves nothing", async () => {
    const { user } = await seedStaff("acara-sekaligus");
    signInAs({ id: user.id });
    const result = await submit(createEventAction, { ...event, title: "Ab", tableCount: "0", endTime: "07:00", closesDate: "2027-03-18" });
    expect(fieldErrorsOf(result)).toEqual({
      title: ["EventAdmin.errors.title"],
      tableCount: ["EventAdmin.errors.tableCount"],
      endDate: ["EventAdmin.errors.endBeforeStart"],
      closesDate: ["EventAdmin.errors.closesAfterEvent"],
    });
    expect(await db.event.count()).toBe(0);
  });
});
