// Contact details as people type them, checked and normalised the same way in the browser and
// on the server. Pure: no I/O. Each check returns the stored form or the key of what is wrong.

export type ContactCheck = { ok: true; value: string } | { ok: false; error: string };

const fail = (error: string): ContactCheck => ({ ok: false, error });

/**
 * An Indonesian mobile number for WhatsApp: "0812-3456-7890", "+62 812 3456 7890", "62812..."
 * or "812..." all become "6281234567890" (62, then 8, then 8 to 11 more digits).
 */
export function normalizeWhatsapp(raw: string): ContactCheck {
  const compact = raw.trim().replace(/[\s.\-()]/g, "");
  if (!/^\+?\d+$/.test(compact)) return fail("EnterpriseProfile.errors.whatsappInvalid");
  const national = compact.replace(/^\+?62/, "").replace(/^0/, "");
  if (!/^8\d{8,11}$/.test(national)) return fail("EnterpriseProfile.errors.whatsappInvalid");
  return { ok: true, value: `62${national}` };
}

/** A landline or mobile number: digits with spaces, dashes, dots, brackets or a leading +, 7 to 15 digits. */
export function normalizePhone(raw: string): ContactCheck {
  const value = raw.trim().replace(/\s+/g, " ");
  if (!/^\+?[\d\s.\-()]+$/.test(value)) return fail("EnterpriseProfile.errors.phoneInvalid");
  const digits = value.replace(/\D/g, "").length;
  if (digits < 7 || digits > 15) return fail("EnterpriseProfile.errors.phoneInvalid");
  return { ok: true, value };
}

/** An https address; "toko.example" gets https:// in front, "http://" is refused (not secure). */
export function normalizeHttpsUrl(raw: string, error = "EnterpriseProfile.errors.urlInvalid"): ContactCheck {
  const value = raw.trim();
  if (/^http:\/\//i.test(value)) return fail("EnterpriseProfile.errors.urlNotHttps");
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(value) ? value : `https://${value}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return fail(error);
  }
  if (url.protocol !== "https:") return fail("EnterpriseProfile.errors.urlNotHttps");
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(url.hostname) || url.username || url.password) return fail(error);
  if (url.href.length > 300) return fail(error);
  return { ok: true, value: url.href };
}

export type SocialNetwork = "instagram" | "facebook" | "tiktok";

const socialHosts: Record<SocialNetwork, RegExp> = {
  instagram: /(^|\.)instagram\.com$/i,
  facebook: /(^|\.)(facebook\.com|fb\.com)$/i,
  tiktok: /(^|\.)tiktok\.com$/i,
};

const handlePatterns: Record<SocialNetwork, RegExp> = {
  instagram: /^[a-z0-9._]{1,30}$/i,
  facebook: /^[a-z0-9.]{1,50}$/i,
  tiktok: /^[a-z0-9._]{2,24}$/i,
};

/** "@tempemurni", "tempemurni" or a profile address on that network; stored as "@handle" or the https URL. */
export function normalizeSocial(network: SocialNetwork, raw: string): ContactCheck {
  const value = raw.trim();
  const error = `EnterpriseProfile.errors.${network}Invalid`;
  const handle = value.replace(/^@/, "");
  if (handlePatterns[network].test(handle) && !/\.(com|id|net)$/i.test(handle)) return { ok: true, value: `@${handle}` };
  const url = normalizeHttpsUrl(value, error);
  if (!url.ok) return fail(error);
  return socialHosts[network].test(new URL(url.value).hostname) ? url : fail(error);
}
