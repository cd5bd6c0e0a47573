import { notFound } from "next/navigation";
import type { ReactNode } from "react";

// The cached twins of the public pages, for anonymous visitors only: proxy.ts rewrites a
// visitor without a session cookie (and without a query string) here, so the page is rendered
// once and served from Next's full-route cache until its tag is revalidated
// (lib/public-cache). Rendered with force-static: cookies and headers read as empty, so the
// header is the signed-out one and the language is Bahasa Indonesia (the only locale cached).
// Never reachable from outside: proxy.ts answers /anonim/... with the not-found page.

/** None at build time (no database then): each page is rendered on its first request. */
export function generateStaticParams(): { locale: string }[] {
  return [];
}

export default async function AnonymousLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  if ((await params).locale !== "id") notFound();
  return children;
}
