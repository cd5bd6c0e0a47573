import { notFound } from "next/navigation";
import Page, { generateMetadata as pageMetadata } from "@/app/(public)/katalog/page";
import { markPublicPage } from "@/lib/public-cache/mark";
import { decodeSearchKey } from "@/lib/public-cache/search-key";

// The anonymous, cached twin of a catalog search (/katalog?q=..., filters, page numbers):
// proxy.ts rewrites a signed-out visitor's search here under its canonical key
// (lib/public-cache/search-key.ts; long searches and deep pages stay dynamic). Rendered by the
// catalog page itself with the key's parameters, re-rendered when the "catalog" tag is
// revalidated, and at the latest after 60 s (the bound for other server instances). The cached
// pages live in Next's in-memory cache, bounded in bytes (PUBLIC_CACHE_MAX_MB, next.config.ts).
export const dynamic = "force-static";
export const revalidate = 60;

type Props = { params: Promise<{ locale: string; key: string }> };

export async function generateMetadata() {
  return pageMetadata();
}

export default async function AnonymousCatalogSearchPage({ params }: Props) {
  const searchParams = decodeSearchKey((await params).key);
  if (searchParams === null) notFound();
  await markPublicPage("catalog");
  return <Page searchParams={Promise.resolve(searchParams)} />;
}
