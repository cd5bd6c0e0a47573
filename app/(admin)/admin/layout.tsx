import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";
import { requireRoute } from "@/lib/auth/session";
import { areaNamespaces } from "@/lib/i18n/client-namespaces";

// Navigation gate for the whole area; each page and action checks again.
export default async function AdminAreaLayout({ children }: { children: ReactNode }) {
  await requireRoute("/admin");
  return <ClientMessages namespaces={areaNamespaces.admin}>{children}</ClientMessages>;
}
