import { describe, expect, it } from "vitest";
import { checkPhotoBytes, isPhotoSize, maxPhotoBytes } from "./check";

const bytes = (...values: number[]) => new Uint8Array(values);
const pngSignature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

describe("checkPhotoBytes", () => {
  it("refuses a text file renamed .jpg by its content", () => {
    const text = new TextEncoder().encode("Ini bukan foto, hanya catatan harga kerupuk.\n");
    expect(checkPhotoBytes(text)).toEqual({ ok: false, reason: "unsupportedType" });
  });

  it("refuses a PDF: documents are not photos", () => {
    expect(checkPhotoBytes(new TextEncoder().encode("%PDF-1.7\n..."))).toEqual({ ok: false, reason: "unsupportedType" });
  });

  it("refuses an empty file", () => {
    expect(checkPhotoBytes(new Uint8Array(0))).toEqual({ ok: false, reason: "empty" });
  });

  it("refuses 20 MB, and anything one byte over 5 MB, before looking at the content", () => {
    const twentyMb = new Uint8Array(20 * 1024 * 1024);
    twentyMb.set([0xff, 0xd8, 0xff]);
    expect(checkPhotoBytes(twentyMb)).toEqual({ ok: false, reason: "tooLarge" });
    const justOver = new Uint8Array(maxPhotoBytes + 1);
    justOver.set(pngSignature);
    expect(checkPhotoBytes(justOver)).toEqual({ ok: false, reason: "tooLarge" });
    const atLimit = new Uint8Array(maxPhotoBytes);
    atLimit.set(pngSignature);
    expect(checkPhotoBytes(atLimit)).toEqual({ ok: true, contentType: "image/png" });
  });

  it("accepts JPEG, PNG and WebP by their first bytes, whatever the name", () => {
    expect(checkPhotoBytes(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10))).toEqual({ ok: true, contentType: "image/jpeg" });
    expect(checkPhotoBytes(bytes(...pngSignature, 0, 0))).toEqual({ ok: true, contentType: "image/png" });
    const webp = new TextEncoder().encode("RIFF\u0000\u0000\u0000\u0000WEBPVP8 ");
    expect(checkPhotoBytes(webp)).toEqual({ ok: true, contentType: "image/webp" });
  });

  it("refuses a GIF, which the pipeline does not take", () => {
    expect(checkPhotoBytes(new TextEncoder().encode("GIF89a\u0001\u0000"))).toEqual({ ok: false, reason: "unsupportedType" });
  });
});

describe("isPhotoSize", () => {
  it("knows only the two stored sizes", () => {
    expect(isPhotoSize("large")).toBe(true);
    expect(isPhotoSize("small")).toBe(true);
    expect(isPhotoSize("original")).toBe(false);
    expect(isPhotoSize("")).toBe(false);
  });
});
