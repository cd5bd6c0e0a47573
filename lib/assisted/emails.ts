// Sends the takeover email: the existing invitation link (/undangan) lets the owner set a
// password, which activates the account; the text says who registered what on their behalf.
import "server-only";
import { invitationLink } from "@/lib/account-lifecycle/emails";
import { deliver } from "@/lib/mail/transport";
import { siteConfig } from "@/lib/site";
import type { TakeoverFacts } from "./mutations";
import { renderTakeoverMail } from "./takeover-mail";

/** Throws when delivery fails (the caller decides whether that fails the request). */
export async function sendTakeoverEmail(facts: TakeoverFacts): Promise<void> {
  const link = await invitationLink(facts.owner.id);
  const site = siteConfig();
  const rendered = renderTakeoverMail(
    { name: facts.owner.name, email: facts.owner.email, link, staffName: facts.staffName, enterprise: facts.enterprise },
    facts.owner.locale,
    { productName: site.productName, officeName: site.officeName },
  );
  await deliver({ to: facts.owner.email, ...rendered });
}
