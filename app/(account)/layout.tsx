import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";
import { areaNamespaces } from "@/lib/i18n/client-namespaces";

// The account pages (/akun, /akun/notifikasi) hand their forms only the messages they use;
// each page checks the session itself.
export default function AccountLayout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={areaNamespaces.account}>{children}</ClientMessages>;
}
