import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import type { CertificateType } from "@/lib/generated/prisma/enums";
import type { FormatCheck } from "@/lib/enterprises/identifiers";
import { catalogs } from "@/lib/i18n/messages";
import {
  certificateValidity,
  checkCertificateNumber,
  daysUntilExpiry,
  expiryRequired,
  normalizeCertificateNumber,
  reminderDue,
} from "./formats";

function shown(check: FormatCheck, locale: "id" | "en" = "id"): string | null {
  if (!("values" in check)) return null;
  const errors: string[] = [];
  const translator = createTranslator({ locale, messages: catalogs[locale], onError: (error) => errors.push(error.message) });
  // Keys here are computed at run time; the typed translator only takes literal keys.
  const t = translator as unknown as (key: string, values: Record<string, string | number>) => string;
  const text = t(check.ok ? check.warning : check.error, check.values);
  expect(errors).toEqual([]);
  return text;
}

const allTypes: CertificateType[] = ["HALAL", "PIRT", "BPOM_MD", "SNI", "HKI_MEREK", "ISO", "OTHER"];

describe("checkCertificateNumber: every type", () => {
  it.each(allTypes)("%s refuses an empty or overlong number", (type) => {
    expect(checkCertificateNumber(type, "   ")).toMatchObject({ ok: false, error: "Certificate.number.required" });
    expect(checkCertificateNumber(type, "A".repeat(101))).toMatchObject({ ok: false, error: "Certificate.number.tooLong" });
  });
});

describe("Halal", () => {
  it("accepts ID followed by digits, however it is spaced or cased", () => {
    expect(checkCertificateNumber("HALAL", "ID33110000123450123")).toEqual({ ok: true });
    expect(checkCertificateNumber("HALAL", "id 8111000 1234567")).toEqual({ ok: true });
    expect(normalizeCertificateNumber("HALAL", "id 8111000 1234567")).toBe("ID81110001234567");
  });

  it("refuses a number without the ID prefix, such as an old MUI number", () => {
    const check = checkCertificateNumber("HALAL", "00150012345678");
    expect(check).toMatchObject({ ok: false, error: "Certificate.number.halal.format" });
    expect(shown(check)).toContain("diawali \"ID\"");
  });

  it("only warns on an unusual length", () => {
    expect(checkCertificateNumber("HALAL", "ID1234567")).toEqual({
      ok: true,
      warning: "Certificate.number.halal.unusualLength",
      values: { length: 7 },
    });
  });
});

describe("P-IRT", () => {
  it("accepts 15 digits, plain or as 13 + dash + 2, even with the label text", () => {
    expect(checkCertificateNumber("PIRT", "210337401012327")).toEqual({ ok: true });
    expect(checkCertificateNumber("PIRT", "2103374010123-27")).toEqual({ ok: true });
    expect(checkCertificateNumber("PIRT", "P-IRT No. 2103374010123-27")).toEqual({ ok: true });
    expect(normalizeCertificateNumber("PIRT", "PIRT no 2103374010123-27")).toBe("210337401012327");
  });

  it("warns on other lengths, since OSS-era numbers may differ", () => {
    expect(checkCertificateNumber("PIRT", "21033740101232")).toMatchObject({ ok: true, values: { length: 14 } });
  });

  it("refuses letters", () => {
    expect(checkCertificateNumber("PIRT", "2103374O10123-27")).toMatchObject({ ok: false, error: "Certificate.number.pirt.digitsOnly" });
  });
});

describe("BPOM MD", () => {
  it("accepts MD and 12 digits, with or without spaces and the BPOM RI label", () => {
    expect(checkCertificateNumber("BPOM_MD", "MD 235602169254")).toEqual({ ok: true });
    expect(checkCertificateNumber("BPOM_MD", "BPOM RI MD 235602169254")).toEqual({ ok: true });
    expect(normalizeCertificateNumber("BPOM_MD", "bpom ri md 2356 0216 9254")).toBe("MD235602169254");
  });

  it("warns on another digit count", () => {
    expect(checkCertificateNumber("BPOM_MD", "MD 23560216925")).toMatchObject({
      ok: true,
      warning: "Certificate.number.bpom.unusualLength",
      values: { length: 11 },
    });
  });

  it("refuses imported-food and cosmetics numbers with a pointer to the right type", () => {
    const check = checkCertificateNumber("BPOM_MD", "NA18171234567");
    expect(check).toMatchObject({ ok: false, error: "Certificate.number.bpom.notMd", values: { prefix: "NA" } });
    expect(shown(check)).toContain("\"Lainnya\"");
    expect(checkCertificateNumber("BPOM_MD", "ML 123456789012")).toMatchObject({ ok: false, values: { prefix: "ML" } });
  });

  it("refuses anything else", () => {
    expect(checkCertificateNumber("BPOM_MD", "235602169254")).toMatchObject({ ok: false, error: "Certificate.number.bpom.format" });
  });
});

describe("Merek, SNI, ISO and other", () => {
  it("accepts a trademark registration number", () => {
    expect(checkCertificateNumber("HKI_MEREK", "IDM000123456")).toEqual({ ok: true });
  });

  it("warns that an application number is not a registration", () => {
    expect(checkCertificateNumber("HKI_MEREK", "DID2023012345")).toMatchObject({ ok: true, warning: "Certificate.number.merek.applicationNumber" });
    expect(checkCertificateNumber("HKI_MEREK", "12345")).toMatchObject({ ok: true, warning: "Certificate.number.merek.unusualFormat" });
  });

  it("warns when an SNI entry is the standard's number rather than the certificate's", () => {
    expect(checkCertificateNumber("SNI", "SNI 01-3553-2006")).toMatchObject({ ok: true, warning: "Certificate.number.sni.standardNumber" });
    expect(checkCertificateNumber("SNI", "QSC 00614")).toEqual({ ok: true });
  });

  it("takes ISO and other numbers as free text, keeping their punctuation", () => {
    expect(checkCertificateNumber("ISO", "QMS/2024-0012")).toEqual({ ok: true });
    expect(normalizeCertificateNumber("ISO", "  QMS / 2024-0012 ")).toBe("QMS / 2024-0012");
    expect(checkCertificateNumber("OTHER", "Kurasi Dekranasda 2025")).toEqual({ ok: true });
  });

  it("renders every message in both languages", () => {
    const samples: [CertificateType, string][] = [
      ["HALAL", ""], ["HALAL", "X1"], ["HALAL", "ID1"], ["PIRT", "x"], ["PIRT", "1"], ["BPOM_MD", "ML1"], ["BPOM_MD", "x"],
      ["BPOM_MD", "MD1"], ["HKI_MEREK", "DID1"], ["HKI_MEREK", "x"], ["SNI", "SNI 1"], ["OTHER", "A".repeat(101)],
    ];
    for (const [type, input] of samples) {
      const check = checkCertificateNumber(type, input);
      expect(shown(check, "id")).not.toContain("{");
      expect(shown(check, "en")).not.toContain("{");
    }
  });
});

describe("expiryRequired", () => {
  it("lets Halal and other certificates go without an expiry date", () => {
    expect(allTypes.filter((type) => !expiryRequired(type))).toEqual(["HALAL", "OTHER"]);
  });
});

// Expiry dates are calendar dates at 00:00 UTC; "today" is the calendar day in WIB (UTC+7).
const expiresAt = new Date("2026-12-31T00:00:00Z");
const wib = (local: string) => new Date(`${local}+07:00`);

describe("certificateValidity", () => {
  it("has no expiry without a date (Halal under UU 6/2023)", () => {
    expect(certificateValidity({ expiresAt: null }, wib("2026-01-01T08:00:00"))).toEqual({ status: "noExpiry", daysLeft: null });
  });

  it("is valid more than 60 days ahead and expiring at 60 days", () => {
    expect(certificateValidity({ expiresAt }, wib("2026-10-31T12:00:00"))).toEqual({ status: "valid", daysLeft: 61 });
    expect(certificateValidity({ expiresAt }, wib("2026-11-01T00:00:00"))).toEqual({ status: "expiring", daysLeft: 60 });
  });

  it("is still valid (expiring) through the whole expiry day in Semarang and expired the next day", () => {
    expect(certificateValidity({ expiresAt }, wib("2026-12-31T23:59:00"))).toEqual({ status: "expiring", daysLeft: 0 });
    expect(certificateValidity({ expiresAt }, wib("2027-01-01T00:00:00"))).toEqual({ status: "expired", daysLeft: -1 });
  });

  it("counts days by the WIB calendar, not UTC", () => {
    // 17:30 UTC on 30 Dec is already 00:30 on 31 Dec in Semarang.
    expect(daysUntilExpiry(expiresAt, new Date("2026-12-30T17:30:00Z"))).toBe(0);
    expect(daysUntilExpiry(expiresAt, new Date("2026-12-30T16:30:00Z"))).toBe(1);
  });
});

describe("validity and reminder messages", () => {
  function text(key: string, values: Record<string, string | number>, locale: "id" | "en" = "id"): string {
    const errors: string[] = [];
    const translator = createTranslator({ locale, messages: catalogs[locale], onError: (error) => errors.push(error.message) });
    const t = translator as unknown as (key: string, values: Record<string, string | number>) => string;
    const result = t(key, values);
    expect(errors).toEqual([]);
    return result;
  }

  it("counts down the days left in words", () => {
    expect(text("Certificate.validity.expiring", { days: 0 })).toBe("Berakhir hari ini");
    expect(text("Certificate.validity.expiring", { days: 1 })).toBe("Berakhir besok");
    expect(text("Certificate.validity.expiring", { days: 30 })).toBe("Berakhir dalam 30 hari");
    expect(text("Certificate.validity.expiring", { days: 30 }, "en")).toBe("Expires in 30 days");
  });

  it("words the renewal reminder", () => {
    const values = { certificate: "P-IRT", days: 30, number: "2103374010123-27", date: "31 Desember 2026" };
    expect(text("Certificate.reminder.subject", values)).toBe("Sertifikat P-IRT Anda berakhir dalam 30 hari");
    expect(text("Certificate.reminder.body", values, "en")).toContain("valid until 31 Desember 2026");
  });
});

describe("reminderDue", () => {
  it("sends nothing more than 60 days ahead", () => {
    expect(reminderDue(expiresAt, wib("2026-10-31T09:00:00"), [])).toBeNull();
  });

  it("sends the 60-day reminder from 60 days ahead, once", () => {
    const today = wib("2026-11-01T09:00:00");
    expect(reminderDue(expiresAt, today, [])).toBe(60);
    expect(reminderDue(expiresAt, today, [60])).toBeNull();
    expect(reminderDue(expiresAt, wib("2026-11-20T09:00:00"), [60])).toBeNull();
  });

  it("sends the 30-day and 7-day reminders at their thresholds", () => {
    expect(reminderDue(expiresAt, wib("2026-12-01T09:00:00"), [60])).toBe(30);
    expect(reminderDue(expiresAt, wib("2026-12-02T09:00:00"), [60])).toBe(30);
    expect(reminderDue(expiresAt, wib("2026-12-24T09:00:00"), [60, 30])).toBe(7);
    expect(reminderDue(expiresAt, wib("2026-12-24T09:00:00"), [60, 30, 7])).toBeNull();
  });

  it("sends only the most urgent reminder after the job missed earlier ones", () => {
    expect(reminderDue(expiresAt, wib("2026-12-28T09:00:00"), [])).toBe(7);
    expect(reminderDue(expiresAt, wib("2026-12-10T09:00:00"), [])).toBe(30);
  });

  it("still reminds on the last day and stops once the certificate has expired", () => {
    expect(reminderDue(expiresAt, wib("2026-12-31T09:00:00"), [60, 30])).toBe(7);
    expect(reminderDue(expiresAt, wib("2027-01-01T09:00:00"), [])).toBeNull();
  });

  it("is safe to run twice on the same day", () => {
    const today = wib("2026-12-01T09:00:00");
    const sent: number[] = [60];
    const first = reminderDue(expiresAt, today, sent);
    if (first !== null) sent.push(first);
    expect(first).toBe(30);
    expect(reminderDue(expiresAt, today, sent)).toBeNull();
  });
});
