// What an uploaded file really is, judged by its first bytes (never by its name or the type
// the browser claims), and the limits uploads must keep. Pure.

export const maxUploadBytes = 5 * 1024 * 1024;

export type DocumentContentType = "application/pdf" | "image/jpeg" | "image/png" | "image/webp";

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0): boolean =>
  bytes.length >= offset + signature.length && signature.every((byte, index) => bytes[offset + index] === byte);

const ascii = (text: string): number[] => [...text].map((char) => char.charCodeAt(0));

/** The content type of a PDF, JPEG, PNG or WebP file from its magic bytes, or null for anything else. */
export function sniffDocumentType(bytes: Uint8Array): DocumentContentType | null {
  if (startsWith(bytes, ascii("%PDF-"))) return "application/pdf";
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "image/jpeg";
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  if (startsWith(bytes, ascii("RIFF")) && startsWith(bytes, ascii("WEBP"), 8)) return "image/webp";
  return null;
}

export type UploadCheck = { ok: true; contentType: DocumentContentType } | { ok: false; reason: "empty" | "tooLarge" | "unsupportedType" };

/** Whether bytes may be stored as a certificate document: not empty, at most 5 MB, PDF or image. */
export function checkDocumentUpload(bytes: Uint8Array): UploadCheck {
  if (bytes.length === 0) return { ok: false, reason: "empty" };
  if (bytes.length > maxUploadBytes) return { ok: false, reason: "tooLarge" };
  const contentType = sniffDocumentType(bytes);
  return contentType ? { ok: true, contentType } : { ok: false, reason: "unsupportedType" };
}
