// GET /staf/impor/kesalahan/[token]: the invalid rows of the signed-in staff member's pending
// upload, with a "Kesalahan" column, to fix and upload again; 404 for any other token.
import { requireRoute } from "@/lib/auth/session";
import { invalidRowsResponse } from "@/lib/import-desk/downloads";

export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }): Promise<Response> {
  const { token } = await params;
  const user = await requireRoute("/staf/impor/kesalahan/[token]", "/staf/impor");
  return invalidRowsResponse(token, user.id);
}
