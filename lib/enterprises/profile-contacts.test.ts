import { describe, expect, it } from "vitest";
import { normalizeHttpsUrl, normalizePhone, normalizeSocial, normalizeWhatsapp } from "./profile-contacts";

describe("normalizeWhatsapp", () => {
  it("turns the usual ways of writing an Indonesian mobile number into 62…", () => {
    for (const raw of ["0812-3456-7890", "+62 812 3456 7890", "6281234567890", "81234567890", "0812.3456.7890"]) {
      expect(normalizeWhatsapp(raw)).toEqual({ ok: true, value: "6281234567890" });
    }
  });

  it("refuses landlines, foreign numbers, letters and numbers of the wrong length", () => {
    for (const raw of ["024-8412345", "+1 415 555 0100", "0812abc4567", "0812345", "08123456789012345"]) {
      expect(normalizeWhatsapp(raw)).toEqual({ ok: false, error: "EnterpriseProfile.errors.whatsappInvalid" });
    }
  });
});

describe("normalizePhone", () => {
  it("keeps a landline as written, with spaces tidied", () => {
    expect(normalizePhone(" (024)  841 2345 ")).toEqual({ ok: true, value: "(024) 841 2345" });
  });

  it("refuses letters and too few digits", () => {
    expect(normalizePhone("024-ABC").ok).toBe(false);
    expect(normalizePhone("12345").ok).toBe(false);
  });
});

describe("normalizeHttpsUrl", () => {
  it("adds https:// to a bare address and refuses http:// and nonsense", () => {
    expect(normalizeHttpsUrl("tempemurni.id")).toEqual({ ok: true, value: "https://tempemurni.id/" });
    expect(normalizeHttpsUrl("http://tempemurni.id")).toEqual({ ok: false, error: "EnterpriseProfile.errors.urlNotHttps" });
    expect(normalizeHttpsUrl("javascript:alert(1)")).toEqual({ ok: false, error: "EnterpriseProfile.errors.urlNotHttps" });
    expect(normalizeHttpsUrl("bukan alamat")).toEqual({ ok: false, error: "EnterpriseProfile.errors.urlInvalid" });
  });
});

describe("normalizeSocial", () => {
  it("accepts a handle with or without @, or a profile address on the same network", () => {
    expect(normalizeSocial("instagram", "@tempe.murni")).toEqual({ ok: true, value: "@tempe.murni" });
    expect(normalizeSocial("tiktok", "tempemurni")).toEqual({ ok: true, value: "@tempemurni" });
    expect(normalizeSocial("facebook", "https://www.facebook.com/tempemurni")).toEqual({
      ok: true,
      value: "https://www.facebook.com/tempemurni",
    });
  });

  it("refuses another network's address and handles with spaces", () => {
    expect(normalizeSocial("instagram", "https://www.tiktok.com/@tempemurni")).toEqual({
      ok: false,
      error: "EnterpriseProfile.errors.instagramInvalid",
    });
    expect(normalizeSocial("tiktok", "tempe murni")).toEqual({ ok: false, error: "EnterpriseProfile.errors.tiktokInvalid" });
  });
});
