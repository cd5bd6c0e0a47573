import { useTranslations } from "next-intl";
import { httpsUrl, socialUrl } from "@/lib/catalog/links";
import type { SupplierPage } from "@/lib/catalog/supplier-page";
import { whatsappChatUrl } from "@/lib/catalog/whatsapp";
import { displayUrl, telHref } from "@/lib/site";
import { type Fact, FactList } from "./fact-list";

type Contacts = Pick<
  SupplierPage,
  "phone" | "whatsapp" | "email" | "website" | "instagram" | "facebook" | "tiktok" | "marketplaceUrl"
>;

const linkClass = "break-all text-brand-700 underline";

/** An outside address: a link only when it is https, else the words as typed. */
function External({ href, text, newTab }: { href: string | null; text: string; newTab: string }) {
  if (!href) return <span className="break-all">{text}</span>;
  return (
    <a href={href} rel="noopener noreferrer" target="_blank" className={linkClass}>
      {text}
      <span className="sr-only"> {newTab}</span>
    </a>
  );
}

/** Phone, WhatsApp, email, website, social media and marketplace shop of a supplier. */
export function SupplierContacts({ contacts, greeting }: { contacts: Contacts; greeting: string }) {
  const t = useTranslations("CatalogPages.contacts");
  const newTab = t("newTab");
  const whatsappUrl = whatsappChatUrl(contacts.whatsapp, greeting);
  const website = httpsUrl(contacts.website);
  const facts: (Fact | null)[] = [
    contacts.phone
      ? { label: t("phone"), value: <a href={telHref(contacts.phone)} className={linkClass}>{contacts.phone}</a> }
      : null,
    contacts.whatsapp
      ? { label: t("whatsapp"), value: <External href={whatsappUrl} text={contacts.whatsapp} newTab={newTab} /> }
      : null,
    contacts.email
      ? { label: t("email"), value: <a href={`mailto:${contacts.email}`} className={linkClass}>{contacts.email}</a> }
      : null,
    contacts.website
      ? {
          label: t("website"),
          value: <External href={website} text={website ? displayUrl(website) : contacts.website} newTab={newTab} />,
        }
      : null,
    contacts.instagram
      ? { label: t("instagram"), value: <External href={socialUrl("instagram", contacts.instagram)} text={contacts.instagram} newTab={newTab} /> }
      : null,
    contacts.facebook
      ? { label: t("facebook"), value: <External href={socialUrl("facebook", contacts.facebook)} text={contacts.facebook} newTab={newTab} /> }
      : null,
    contacts.tiktok
      ? { label: t("tiktok"), value: <External href={socialUrl("tiktok", contacts.tiktok)} text={contacts.tiktok} newTab={newTab} /> }
      : null,
    contacts.marketplaceUrl
      ? {
          label: t("marketplace"),
          value: <External href={httpsUrl(contacts.marketplaceUrl)} text={contacts.marketplaceUrl} newTab={newTab} />,
        }
      : null,
  ];
  const list = <FactList facts={facts} />;
  return (
    <div className="space-y-4">
      {whatsappUrl ? (
        <a
          href={whatsappUrl}
          rel="noopener noreferrer"
          target="_blank"
          className="inline-flex min-h-11 items-center justify-center gap-2 rounded-md bg-green-700 px-4 py-2 font-semibold text-white hover:bg-green-800"
        >
          {t("chat")}
          <span className="sr-only"> {newTab}</span>
        </a>
      ) : null}
      {facts.some(Boolean) ? list : <p className="text-muted">{t("none")}</p>}
    </div>
  );
}
