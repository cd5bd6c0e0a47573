// Upload storage on both backends: the default directory on disk, and an S3-compatible bucket
// (s3rver, a Node S3 server keeping objects on disk, spoken to over HTTP with signed requests).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import S3rver from "s3rver";
import sharp from "sharp";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { resetEnvCache } from "@/lib/env";
import { processPhoto } from "@/lib/images/process";
import { photoResponse } from "@/lib/images/serve";
import { storePhoto } from "@/lib/images/store";
import { deleteFile, getFile, putFile, uploadKey } from "@/lib/storage/files";

const s3Vars = ["S3_BUCKET", "S3_ENDPOINT", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY", "S3_PREFIX"] as const;

function useS3(endpoint: string | null) {
  for (const name of s3Vars) delete process.env[name];
  if (endpoint) {
    Object.assign(process.env, {
      S3_BUCKET: "temu-uploads",
      S3_ENDPOINT: endpoint,
      S3_ACCESS_KEY_ID: "S3RVER",
      S3_SECRET_ACCESS_KEY: "S3RVER",
      S3_PREFIX: "uji/",
    });
  }
  resetEnvCache();
}

const bytes = new TextEncoder().encode("%PDF-1.4 contoh dokumen");

describe("disk storage (default)", () => {
  afterEach(() => useS3(null));

  it("stores under DATA_DIR/uploads, reads back with its type, and deletes", async () => {
    useS3(null);
    const key = uploadKey("certificates");
    await putFile({ key, bytes, contentType: "application/pdf" });
    expect(fs.existsSync(path.join(process.env.DATA_DIR ?? "", "uploads", key))).toBe(true);
    expect(await getFile(key)).toEqual({ bytes, contentType: "application/pdf" });
    await deleteFile(key);
    expect(await getFile(key)).toBeNull();
    await deleteFile(key); // already gone: not an error
  });

  it("refuses keys that could leave the uploads directory", async () => {
    await expect(putFile({ key: "../etc/passwd", bytes, contentType: "text/plain" })).rejects.toThrow("Invalid upload key");
    expect(await getFile("../../secret")).toBeNull();
  });
});

describe("S3-compatible storage", () => {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), "temu-s3-"));
  const server = new S3rver({ port: 0, address: "127.0.0.1", silent: true, directory, configureBuckets: [{ name: "temu-uploads", configs: [] }] });
  let endpoint = "";

  beforeAll(async () => {
    const { port } = await server.run();
    endpoint = `http://127.0.0.1:${port}`;
  });
  afterAll(async () => {
    useS3(null);
    await server.close();
    fs.rmSync(directory, { recursive: true, force: true });
  });

  it("puts, gets and deletes objects in the bucket under the prefix, not on disk", async () => {
    useS3(endpoint);
    const key = uploadKey("certificates");
    await putFile({ key, bytes, contentType: "application/pdf" });
    expect(fs.existsSync(path.join(process.env.DATA_DIR ?? "", "uploads", key))).toBe(false);
    const listing = await fetch(`${endpoint}/temu-uploads?list-type=2`).then((response) => response.text());
    expect(listing).toContain(`<Key>uji/${key}</Key>`);

    expect(await getFile(key)).toEqual({ bytes, contentType: "application/pdf" });
    await deleteFile(key);
    expect(await getFile(key)).toBeNull();
    await deleteFile(key);
  });

  it("serves a processed photo stored in the bucket", async () => {
    useS3(endpoint);
    const png = new Uint8Array(await sharp({ create: { width: 1600, height: 900, channels: 3, background: "#aa6633" } }).png().toBuffer());
    const processed = await processPhoto(png);
    if (!processed.ok) throw new Error(processed.reason);
    const stored = await storePhoto("product-photos", processed.photo);
    const response = await photoResponse(stored.smallKey, "public");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/webp");
    const metadata = await sharp(new Uint8Array(await response.arrayBuffer())).metadata();
    expect([metadata.format, metadata.width, metadata.height]).toEqual(["webp", 400, 225]);
  });

  it("reports a bucket that does not exist instead of pretending to store", async () => {
    useS3(endpoint);
    process.env.S3_BUCKET = "tidak-ada";
    resetEnvCache();
    await expect(putFile({ key: uploadKey("certificates"), bytes, contentType: "application/pdf" })).rejects.toThrow(/S3 PUT failed: HTTP 404/);
  });
});
