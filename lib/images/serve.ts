// The HTTP response for a stored photo. Published photos may sit in shared caches; photos of
// drafts are only for their owner and staff, so they are marked private.
import "server-only";
import { getFile } from "@/lib/storage/files";

export async function photoResponse(key: string, visibility: "public" | "private"): Promise<Response> {
  const file = await getFile(key);
  if (!file) return new Response("Not found", { status: 404 });
  return new Response(new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type: file.contentType }), {
    headers: {
      "Content-Type": file.contentType,
      "X-Content-Type-Options": "nosniff",
      // Keys are never reused (a new upload gets a new key), so a published photo never changes.
      "Cache-Control": visibility === "public" ? "public, max-age=31536000, immutable" : "private, no-store",
    },
  });
}
