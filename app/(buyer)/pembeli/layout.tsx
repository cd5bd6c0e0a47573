import type { ReactNode } from "react";
import { requireRoute } from "@/lib/auth/session";

// Navigation gate for the whole area; each page and action checks again.
export default async function BuyerAreaLayout({ children }: { children: ReactNode }) {
  await requireRoute("/pembeli");
  return children;
}
