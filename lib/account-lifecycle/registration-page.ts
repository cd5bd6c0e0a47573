import "server-only";
import { redirect } from "next/navigation";
import { getSessionUser } from "@/lib/auth/session";
import { isDevMailPageEnabled } from "@/lib/mail/transport";
import { roleHomePath } from "@/lib/navigation";
import { siteConfig } from "@/lib/site";

/** Registration is for people without an account: a signed-in user goes to their own area. */
export async function redirectSignedInUser(): Promise<void> {
  const user = await getSessionUser();
  if (user) redirect(roleHomePath(user.role));
}

/** What every registration form is given: the office named in the privacy notice, and the dev mailbox link. */
export function registrationFormSettings(): { officeName: string; devMailPath: string | null } {
  return { officeName: siteConfig().officeName, devMailPath: isDevMailPageEnabled() ? "/dev/surat" : null };
}
