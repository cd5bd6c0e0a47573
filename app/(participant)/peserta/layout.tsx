import type { ReactNode } from "react";
import { requireRoute } from "@/lib/auth/session";

// Navigation gate for the participants' area (SMEs, buyers and partners taking part in events);
// each page and action checks again.
export default async function ParticipantAreaLayout({ children }: { children: ReactNode }) {
  await requireRoute("/peserta/acara");
  return children;
}
