// Uploads in an S3-compatible bucket (AWS S3, MinIO, Cloudflare R2, Ceph RGW...), addressed
// path-style (endpoint/bucket/key), which every S3-compatible server accepts. Requests are
// signed with AWS Signature V4 (aws4fetch). Objects keep their content type.
import { AwsClient } from "aws4fetch";
import { isValidUploadKey, type StoredFile, type UploadStore } from "./keys";

export interface S3Settings {
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** Prepended to every key, e.g. "temu-usaha/"; empty by default. */
  prefix: string;
}

export class StorageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "StorageError";
  }
}

export function s3Store(settings: S3Settings): UploadStore {
  const client = new AwsClient({
    accessKeyId: settings.accessKeyId,
    secretAccessKey: settings.secretAccessKey,
    region: settings.region,
    service: "s3",
  });
  const base = `${settings.endpoint.replace(/\/+$/, "")}/${encodeURIComponent(settings.bucket)}/`;
  const objectUrl = (key: string): string => {
    if (!isValidUploadKey(key)) throw new Error("Invalid upload key");
    // Keys are [a-z0-9-/] only (checked above), so they need no further encoding.
    return `${base}${settings.prefix}${key}`;
  };
  const failure = async (response: Response, what: string) =>
    new StorageError(`S3 ${what} failed: HTTP ${response.status} ${(await response.text()).slice(0, 200)}`);

  return {
    async put(key, bytes, contentType) {
      const response = await client.fetch(objectUrl(key), {
        method: "PUT",
        body: bytes as Uint8Array<ArrayBuffer>,
        headers: { "Content-Type": contentType },
      });
      if (!response.ok) throw await failure(response, "PUT");
      await response.arrayBuffer();
    },
    async get(key): Promise<StoredFile | null> {
      const response = await client.fetch(objectUrl(key));
      if (response.status === 404) {
        await response.arrayBuffer();
        return null;
      }
      if (!response.ok) throw await failure(response, "GET");
      return {
        bytes: new Uint8Array(await response.arrayBuffer()),
        contentType: response.headers.get("content-type") ?? "application/octet-stream",
      };
    },
    async delete(key) {
      const response = await client.fetch(objectUrl(key), { method: "DELETE" });
      if (!response.ok && response.status !== 404) throw await failure(response, "DELETE");
      await response.arrayBuffer();
    },
  };
}
