import Page, { generateMetadata as pageMetadata } from "@/app/(public)/acara/page";
import { markPublicPage } from "@/lib/public-cache/mark";

// The anonymous, cached twin of /acara: proxy.ts rewrites requests without a query
// string here (app/anonim/[locale]/layout.tsx). Re-rendered when the "events" tag is revalidated, and at the latest
// after 60 s: events change phase with the clock (registration opens and closes).
export const dynamic = "force-static";
export const revalidate = 60;

export async function generateMetadata() {
  return pageMetadata();
}

export default async function AnonymousEventsPage() {
  await markPublicPage("events");
  return <Page searchParams={Promise.resolve({})} />;
}
