// GET /akun/unduh-data: the signed-in user's data as a JSON file (lib/my-account/export.ts).
import { headers } from "next/headers";
import { exportFileName, exportOwnData, serializeExport } from "@/lib/my-account/export";
import { requireRoute } from "@/lib/auth/session";
import { clientIp } from "@/lib/http/client-ip";

export async function GET(): Promise<Response> {
  const user = await requireRoute("/akun/unduh-data", "/akun");
  const ip = clientIp(await headers());
  const now = new Date();
  // Recorded first, so the export itself lists the request that produced it.
  const data = await exportOwnData(user.id, ip, now);
  return new Response(serializeExport(data), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${exportFileName(now)}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
