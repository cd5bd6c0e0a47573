// GET /api/kbli?q=...: KBLI 2020 subclasses for the search-as-you-type picker (public reference data).
import { kbliQuerySchema } from "@/lib/enterprises/kbli-search";
import { searchKbliSubclasses } from "@/lib/enterprises/profile-queries";

export async function GET(request: Request): Promise<Response> {
  const parsed = kbliQuerySchema.safeParse({ q: new URL(request.url).searchParams.get("q") ?? "" });
  if (!parsed.success) return Response.json({ error: "invalid query" }, { status: 400 });
  const results = await searchKbliSubclasses(parsed.data.q);
  return Response.json(results, { headers: { "Cache-Control": "public, max-age=3600" } });
}
