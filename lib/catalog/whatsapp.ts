// WhatsApp click-to-chat links (https://wa.me/<digits>?text=...) for Indonesian numbers. Pure.

/**
 * An Indonesian mobile number as WhatsApp wants it: country code 62, no plus, no separators.
 * "0812-3456-789", "+62 812 3456 789", "62812..." and "812..." all give "628123456789".
 * Anything else (landlines, letters, too short or too long) gives null.
 */
export function whatsappDigits(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const compact = raw.trim().replace(/[\s.\-()\u2010-\u2015]/g, "");
  if (!/^\+?\d+$/.test(compact)) return null;
  const digits = compact.replace(/^\+/, "");
  let national: string;
  if (digits.startsWith("62")) national = digits.slice(2);
  else if (digits.startsWith("0")) national = digits.slice(1);
  else if (compact.startsWith("+")) return null;
  else national = digits;
  // Indonesian mobile numbers: 08xx followed by 6 to 9 more digits (10 to 13 digits with the 0).
  if (!/^8\d{8,11}$/.test(national)) return null;
  return `62${national}`;
}

/** The click-to-chat address with a prefilled message, or null when the number is not usable. */
export function whatsappChatUrl(raw: string | null | undefined, text?: string): string | null {
  const digits = whatsappDigits(raw);
  if (!digits) return null;
  return text ? `https://wa.me/${digits}?text=${encodeURIComponent(text)}` : `https://wa.me/${digits}`;
}
