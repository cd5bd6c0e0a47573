// GET /staf/impor/baru/kesalahan?token=...: the invalid rows of the signed-in staff member's
// pending upload, with a "Kesalahan" column, to fix and upload again.
import { requireRoute } from "@/lib/auth/session";
import { invalidRowsResponse } from "@/lib/import-desk/downloads";

export async function GET(request: Request): Promise<Response> {
  const user = await requireRoute("/staf/impor/baru/kesalahan", "/staf/impor");
  return invalidRowsResponse(new URL(request.url).searchParams.get("token"), user.id);
}
