import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";
import { StaffDesk } from "@/components/staff-desk/staff-desk";
import { requireRoute } from "@/lib/auth/session";
import { areaNamespaces } from "@/lib/i18n/client-namespaces";

// Navigation gate for the whole area; each page and action checks again. The staff desk's
// navigation frames every page of the area.
export default async function StaffAreaLayout({ children }: { children: ReactNode }) {
  const user = await requireRoute("/staf");
  return (
    <ClientMessages namespaces={areaNamespaces.staff}>
      <StaffDesk user={user}>{children}</StaffDesk>
    </ClientMessages>
  );
}
