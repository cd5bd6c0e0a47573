// The gate of the development mailbox page (/dev/surat), by lib/mail/dev-mailbox-access.ts.
import "server-only";
import { notFound, redirect } from "next/navigation";
import { getSessionUser } from "@/lib/auth/session";
import { devMailboxAccess } from "./dev-mailbox-access";
import { isDevMailPageEnabled } from "./transport";

export const devMailboxPath = "/dev/surat";

/** Returns for an admin on a development server; otherwise not found, or sign-in for a visitor. */
export async function requireDevMailboxViewer(): Promise<void> {
  const enabled = isDevMailPageEnabled();
  const user = enabled ? await getSessionUser() : null;
  const access = devMailboxAccess(enabled, user?.role ?? null);
  if (access === "sign-in") redirect(`/masuk?callbackUrl=${encodeURIComponent(devMailboxPath)}`);
  if (access !== "allowed") notFound();
}
