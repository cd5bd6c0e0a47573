import { type Env, env } from "@/lib/env";

export type SiteConfig = {
  productName: string;
  officeName: string;
  officeShortName: string;
  city: string;
  province: string;
  address: string;
  phone: string;
  email: string;
  website: string;
};

let built: { from: Env; site: SiteConfig } | undefined;

/**
 * The operating office, from configuration: another city runs the portal by setting the
 * SITE_* variables. The subtitle and other wording live in the message catalogs. Built once per
 * configuration (the header, footer, metadata and pages of one request share the same object).
 */
export function siteConfig(): SiteConfig {
  const config = env();
  if (built?.from === config) return built.site;
  const site: SiteConfig = Object.freeze({
    productName: "Temu Usaha",
    officeName: config.SITE_OFFICE_NAME,
    officeShortName: config.SITE_OFFICE_SHORT_NAME,
    city: config.SITE_CITY,
    province: config.SITE_PROVINCE,
    address: config.SITE_ADDRESS,
    phone: config.SITE_PHONE,
    email: config.SITE_EMAIL,
    website: config.SITE_WEBSITE,
  });
  built = { from: config, site };
  return site;
}

/** A phone number as a tel: link target: "(024) 3584441" -> "tel:0243584441". */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, "")}`;
}

/** A website address without its scheme and trailing slash, for display. */
export function displayUrl(url: string): string {
  return url.replace(/^https?:\/\//, "").replace(/\/$/, "");
}
