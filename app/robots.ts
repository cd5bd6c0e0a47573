// GET /robots.txt: crawlers may read the public pages, never the signed-in areas or the API.
import type { MetadataRoute } from "next";
import { env } from "@/lib/env";

// APP_URL is read when the portal runs, not when it is built.
export const dynamic = "force-dynamic";

const disallowedPaths = ["/ikm", "/pembeli", "/mitra", "/staf", "/admin", "/akun", "/api"] as const;

export default function robots(): MetadataRoute.Robots {
  const appUrl = env().appUrl;
  return {
    rules: { userAgent: "*", allow: "/", disallow: [...disallowedPaths] },
    sitemap: `${appUrl}/sitemap.xml`,
  };
}
