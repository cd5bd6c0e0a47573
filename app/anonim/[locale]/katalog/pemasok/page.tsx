import Page, { generateMetadata as pageMetadata } from "@/app/(public)/katalog/pemasok/page";
import { markPublicPage } from "@/lib/public-cache/mark";

// The anonymous, cached twin of /katalog/pemasok: proxy.ts rewrites requests without a query
// string here (app/anonim/[locale]/layout.tsx). Re-rendered when the "catalog" tag is revalidated, and at the latest
// after 60 s (the bound for other server instances, whose caches a tag does not reach).
export const dynamic = "force-static";
export const revalidate = 60;

export async function generateMetadata() {
  return pageMetadata();
}

export default async function AnonymousSupplierDirectoryPage() {
  await markPublicPage("catalog");
  return <Page searchParams={Promise.resolve({})} />;
}
