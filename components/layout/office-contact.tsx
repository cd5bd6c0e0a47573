import type { ReactNode } from "react";
import { displayUrl, siteConfig, telHref } from "@/lib/site";

/** A website as a link that shows its address without the scheme. */
export function WebsiteLink({ href, className = "break-all text-brand-700 underline" }: { href: string; className?: string }) {
  return (
    <a href={href} rel="noopener" className={className}>
      {displayUrl(href)}
    </a>
  );
}

type ContactItem = "address" | "phone" | "email" | "website";

// White on the dark footer; on light pages, brand links with a 44px touch target. Long
// addresses (email, website) break anywhere rather than widen the page on a phone.
const tones = {
  dark: { term: "font-semibold text-brand-200", link: "text-white underline", wrappingLink: "break-all text-white underline" },
  light: {
    term: "font-semibold text-brand-900",
    link: "inline-flex min-h-11 items-center text-brand-700 underline",
    wrappingLink: "inline-flex min-h-11 items-center break-all text-brand-700 underline",
  },
} as const;

type OfficeContactProps = {
  tone: keyof typeof tones;
  /** The items to show, in this order. */
  items: readonly ContactItem[];
  labels: Record<ContactItem, string>;
  /** Whether the address starts with the office's name on a line of its own. */
  addressWithOfficeName?: boolean;
  className: string;
};

/** How to reach the operating office (from the SITE_* configuration), as a description list. */
export function OfficeContact({ tone, items, labels, addressWithOfficeName = false, className }: OfficeContactProps) {
  const site = siteConfig();
  const { term, link, wrappingLink } = tones[tone];
  const details: Record<ContactItem, ReactNode> = {
    address: (
      <address className="not-italic">
        {addressWithOfficeName ? (
          <>
            {site.officeName}
            <br />
          </>
        ) : null}
        {site.address}, {site.province}
      </address>
    ),
    phone: (
      <a href={telHref(site.phone)} className={link}>
        {site.phone}
      </a>
    ),
    email: (
      <a href={`mailto:${site.email}`} className={wrappingLink}>
        {site.email}
      </a>
    ),
    website: <WebsiteLink href={site.website} className={wrappingLink} />,
  };
  return (
    <dl className={className}>
      {items.map((item) => (
        <div key={item}>
          <dt className={term}>{labels[item]}</dt>
          <dd>{details[item]}</dd>
        </div>
      ))}
    </dl>
  );
}
