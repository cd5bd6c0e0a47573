import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";
import { requireRoute } from "@/lib/auth/session";
import { areaNamespaces } from "@/lib/i18n/client-namespaces";

// Navigation gate for the participants' area (SMEs, buyers and partners taking part in events);
// each page and action checks again.
export default async function ParticipantAreaLayout({ children }: { children: ReactNode }) {
  await requireRoute("/peserta/acara");
  return <ClientMessages namespaces={areaNamespaces.participant}>{children}</ClientMessages>;
}
