import Page, { generateMetadata as pageMetadata } from "@/app/(public)/acara/[slug]/page";
import { markPublicPage } from "@/lib/public-cache/mark";

// The anonymous, cached twin of /acara/[slug]: proxy.ts rewrites requests without a query
// string here (app/anonim/[locale]/layout.tsx). Re-rendered when the "events" tag is revalidated, and at the latest
// after 60 s: events change phase with the clock (registration opens and closes).
export const dynamic = "force-static";
export const revalidate = 60;

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props) {
  return pageMetadata({ params });
}

export default async function AnonymousEventPage({ params }: Props) {
  await markPublicPage("events");
  return <Page params={params} />;
}
