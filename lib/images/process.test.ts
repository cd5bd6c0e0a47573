import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { processPhoto } from "./process";

const solid = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 200, g: 120, b: 40 } } });

async function decoded(bytes: Uint8Array) {
  return sharp(bytes).metadata();
}

describe("processPhoto", () => {
  it("turns a 3000x2000 PNG into a 1200x800 large and a 400 wide small WebP", async () => {
    const png = new Uint8Array(await solid(3000, 2000).png().toBuffer());
    const result = await processPhoto(png);
    if (!result.ok) throw new Error(`refused: ${result.reason}`);
    expect(result.photo.width).toBe(1200);
    expect(result.photo.height).toBe(800);
    const large = await decoded(result.photo.large);
    const small = await decoded(result.photo.small);
    expect(large).toMatchObject({ format: "webp", width: 1200, height: 800 });
    expect(small.format).toBe("webp");
    expect(small.width).toBe(400);
    expect(small.height).toBe(267);
  });

  it("never enlarges a small photo", async () => {
    const png = new Uint8Array(await solid(300, 200).png().toBuffer());
    const result = await processPhoto(png);
    if (!result.ok) throw new Error(`refused: ${result.reason}`);
    expect([result.photo.width, result.photo.height]).toEqual([300, 200]);
  });

  it("applies the EXIF orientation and strips metadata (phone photos carry GPS positions)", async () => {
    // A landscape 600x200 JPEG marked "rotate 90° clockwise" (orientation 6), with EXIF text.
    const jpeg = new Uint8Array(
      await solid(600, 200)
        .jpeg()
        .withMetadata({ orientation: 6 })
        .withExif({ IFD0: { Copyright: "Kerupuk Mina", Artist: "Pemilik" } })
        .toBuffer(),
    );
    const before = await decoded(jpeg);
    expect(before.orientation).toBe(6);
    expect(before.exif).toBeDefined();

    const result = await processPhoto(jpeg);
    if (!result.ok) throw new Error(`refused: ${result.reason}`);
    // Upright now: portrait.
    expect([result.photo.width, result.photo.height]).toEqual([200, 600]);
    for (const version of [result.photo.large, result.photo.small]) {
      const after = await decoded(version);
      expect(after.format).toBe("webp");
      expect(after.exif).toBeUndefined();
      expect(after.orientation).toBeUndefined();
      expect(after.xmp).toBeUndefined();
    }
  });

  it("refuses a JPEG that is only a header as unreadable", async () => {
    const truncated = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01]);
    expect(await processPhoto(truncated)).toEqual({ ok: false, reason: "unreadable" });
  });

  it("refuses a real JPEG cut in half as unreadable", async () => {
    const jpeg = await solid(800, 600).jpeg().toBuffer();
    const half = new Uint8Array(jpeg.subarray(0, Math.floor(jpeg.length / 2)));
    expect(await processPhoto(half)).toEqual({ ok: false, reason: "unreadable" });
  });

  it("refuses a text file renamed .jpg, an empty file and 20 MB before decoding", async () => {
    expect(await processPhoto(new TextEncoder().encode("bukan foto"))).toEqual({ ok: false, reason: "unsupportedType" });
    expect(await processPhoto(new Uint8Array(0))).toEqual({ ok: false, reason: "empty" });
    expect(await processPhoto(new Uint8Array(20 * 1024 * 1024))).toEqual({ ok: false, reason: "tooLarge" });
  });
});
