import Page, { generateMetadata as pageMetadata } from "@/app/(public)/katalog/produk/[slug]/page";
import { markPublicPage } from "@/lib/public-cache/mark";

// The anonymous, cached twin of /katalog/produk/[slug]: proxy.ts rewrites requests without a query
// string here (app/anonim/[locale]/layout.tsx). Re-rendered when the "catalog" tag is revalidated, and at the latest
// after 60 s (the bound for other server instances, whose caches a tag does not reach).
export const dynamic = "force-static";
export const revalidate = 60;

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props) {
  return pageMetadata({ params });
}

export default async function AnonymousProductPage({ params }: Props) {
  await markPublicPage("catalog");
  return <Page params={params} />;
}
