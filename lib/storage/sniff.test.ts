import { describe, expect, it } from "vitest";
import { checkDocumentUpload, maxUploadBytes, sniffDocumentType } from "./sniff";

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((part) => (typeof part === "string" ? [...part].map((c) => c.charCodeAt(0)) : part)));

describe("sniffDocumentType", () => {
  it("recognises PDF, JPEG, PNG and WebP by their magic bytes", () => {
    expect(sniffDocumentType(bytes("%PDF-1.4\n"))).toBe("application/pdf");
    expect(sniffDocumentType(bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toBe("image/jpeg");
    expect(sniffDocumentType(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe("image/png");
    expect(sniffDocumentType(bytes("RIFF", [1, 2, 3, 4], "WEBPVP8 "))).toBe("image/webp");
  });

  it("refuses everything else, whatever its name claims", () => {
    expect(sniffDocumentType(bytes("<html><script>"))).toBeNull();
    expect(sniffDocumentType(bytes("RIFF", [1, 2, 3, 4], "WAVEfmt "))).toBeNull();
    expect(sniffDocumentType(bytes("%PD"))).toBeNull();
    expect(sniffDocumentType(bytes([0x89, 0x50, 0x4e, 0x47]))).toBeNull();
    expect(sniffDocumentType(new Uint8Array())).toBeNull();
  });
});

describe("checkDocumentUpload", () => {
  it("accepts a small PDF and names its type", () => {
    expect(checkDocumentUpload(bytes("%PDF-1.7 ..."))).toEqual({ ok: true, contentType: "application/pdf" });
  });

  it("refuses empty files, files over 5 MB and unknown content", () => {
    expect(checkDocumentUpload(new Uint8Array())).toEqual({ ok: false, reason: "empty" });
    const big = new Uint8Array(maxUploadBytes + 1);
    big.set(bytes("%PDF-"));
    expect(checkDocumentUpload(big)).toEqual({ ok: false, reason: "tooLarge" });
    expect(checkDocumentUpload(bytes("MZ executable"))).toEqual({ ok: false, reason: "unsupportedType" });
  });

  it("accepts exactly 5 MB", () => {
    const limit = new Uint8Array(maxUploadBytes);
    limit.set(bytes("%PDF-"));
    expect(checkDocumentUpload(limit).ok).toBe(true);
  });
});
