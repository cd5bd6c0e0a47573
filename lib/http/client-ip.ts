// The client's address as the app sees it. Behind a load balancer or reverse proxy, the first
// X-Forwarded-For entry is the client (configure the proxy to overwrite, not append to, it).
type HeaderSource = { get(name: string): string | null } | Record<string, string | string[] | undefined>;

function read(headers: HeaderSource, name: string): string | undefined {
  if (typeof (headers as { get?: unknown }).get === "function") return (headers as { get(n: string): string | null }).get(name) ?? undefined;
  const value = (headers as Record<string, string | string[] | undefined>)[name];
  return Array.isArray(value) ? value[0] : value;
}

export function clientIp(headers: HeaderSource | undefined): string {
  if (!headers) return "unknown";
  const forwarded = read(headers, "x-forwarded-for")?.split(",")[0]?.trim();
  const real = read(headers, "x-real-ip")?.trim();
  return (forwarded || real || "unknown").slice(0, 64);
}
