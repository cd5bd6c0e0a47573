// The HTTP response for a stored photo. A photo's URL stays the same while what it shows can be
// unpublished or deleted at any time, after which the URL answers 404: so no cache may keep a
// public photo for long. Public photos may sit in shared caches for five minutes and are then
// revalidated with their ETag (a cheap 304 while still public; the 404 once revoked); photos of
// drafts are only for their owner and staff, so they are never stored.
import "server-only";
import { getFile } from "@/lib/storage/files";

/** How long a shared cache may serve a public photo before asking again. */
export const publicPhotoMaxAge = 300;

const cacheControl = {
  public: `public, max-age=${publicPhotoMaxAge}, must-revalidate`,
  private: "private, no-store",
} as const;

/** Keys are never reused (a new upload gets a new key), so the key names the bytes exactly. */
const etagOf = (key: string) => `"${key.replace(/[^a-z0-9-]/g, "-")}"`;

function matchesEtag(request: Request | undefined, etag: string): boolean {
  const header = request?.headers.get("if-none-match");
  if (!header) return false;
  return header.trim() === "*" || header.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag);
}

/** Call only once the caller may see the photo: a revoked photo must never get a 304. */
export async function photoResponse(key: string, visibility: "public" | "private", request?: Request): Promise<Response> {
  const etag = etagOf(key);
  const headers = { "Cache-Control": cacheControl[visibility], "X-Content-Type-Options": "nosniff", ETag: etag };
  if (visibility === "public" && matchesEtag(request, etag)) return new Response(null, { status: 304, headers });
  const file = await getFile(key);
  if (!file) return new Response("Not found", { status: 404 });
  return new Response(new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type: file.contentType }), {
    headers: { ...headers, "Content-Type": file.contentType },
  });
}
