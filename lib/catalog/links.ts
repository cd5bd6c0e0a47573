// Contact addresses an enterprise typed in, made safe to render as links. Pure.

/** The URL when it is a well-formed https address; null otherwise (never javascript:, data: or plain http). */
export function httpsUrl(raw: string | null | undefined): string | null {
  if (!raw) return null;
  try {
    const url = new URL(raw.trim());
    return url.protocol === "https:" && url.hostname.includes(".") ? url.toString() : null;
  } catch {
    return null;
  }
}

const socialHosts = {
  instagram: "https://www.instagram.com/",
  facebook: "https://www.facebook.com/",
  tiktok: "https://www.tiktok.com/@",
} as const;

export type SocialNetwork = keyof typeof socialHosts;

/** A full https profile address, or a bare handle ("@batiksekarasem") turned into one. */
export function socialUrl(network: SocialNetwork, raw: string | null | undefined): string | null {
  if (!raw) return null;
  const url = httpsUrl(raw);
  if (url) return url;
  const handle = raw.trim().replace(/^@/, "");
  return /^[A-Za-z0-9._]{1,60}$/.test(handle) ? `${socialHosts[network]}${handle}` : null;
}
