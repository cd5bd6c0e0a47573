// Whether a certificate is still valid, for the SME's own overview. Pure.

export type CertificateValidity = "noExpiry" | "expired" | "expiringSoon" | "valid";

/** Renewal of Halal, BPOM or SNI certificates takes weeks; warn three months ahead. */
export const expiryWarningDays = 90;

const dayMs = 24 * 60 * 60 * 1000;

/**
 * `expiresAt` is a calendar date (stored at 00:00 UTC); the certificate is valid through
 * that whole day, so it counts as expired from the next day on.
 */
export function certificateValidity(expiresAt: Date | null, now: Date): CertificateValidity {
  if (!expiresAt) return "noExpiry";
  const endOfValidity = expiresAt.getTime() + dayMs;
  if (now.getTime() >= endOfValidity) return "expired";
  if (endOfValidity - now.getTime() <= expiryWarningDays * dayMs) return "expiringSoon";
  return "valid";
}
