// GET /akun/unduh-data: the signed-in user's data as a JSON file (lib/account/export.ts).
import { headers } from "next/headers";
import { buildAccountExport, exportFileName, serializeExport } from "@/lib/account/export";
import { recordAudit } from "@/lib/audit/log";
import { requireRoute } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { clientIp } from "@/lib/http/client-ip";

export async function GET(): Promise<Response> {
  const user = await requireRoute("/akun/unduh-data", "/akun");
  const ip = clientIp(await headers());
  const now = new Date();
  // Recorded first, so the export itself lists the request that produced it.
  await recordAudit(db, { actorId: user.id, action: "user.export-data", entityType: "User", entityId: user.id, ip });
  const data = await buildAccountExport(db, user.id, now);
  return new Response(serializeExport(data), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${exportFileName(now)}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
