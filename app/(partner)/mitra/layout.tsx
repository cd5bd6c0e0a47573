import type { ReactNode } from "react";
import { requireRole } from "@/lib/auth/session";

// Navigation gate for the whole area; each page and action checks again.
export default async function PartnerAreaLayout({ children }: { children: ReactNode }) {
  await requireRole(["PARTNER"], "/mitra");
  return children;
}
