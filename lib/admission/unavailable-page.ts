// The short page of a 503 answer (lib/admission/admission.ts): Bahasa Indonesia always, English
// second when the visitor chose it (the NEXT_LOCALE cookie). Plain HTML written by the server
// itself, outside React: it is what a visitor sees when the portal cannot render a page.
import type { IncomingMessage } from "node:http";
import en from "@/messages/en.json";
import id from "@/messages/id.json";
import { localeCookieName, resolveLocale } from "@/lib/i18n/config";

const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function cookieLocale(request: IncomingMessage) {
  const cookie = request.headers.cookie ?? "";
  const match = new RegExp(`(?:^|;\\s*)${localeCookieName}=([^;]*)`).exec(cookie);
  return resolveLocale(match?.[1]);
}

/** The HTML of the page; the browser reloads it after `retryAfterSeconds`. */
export function unavailablePage(request: IncomingMessage, retryAfterSeconds: number): string {
  const blocks = [id.Error, ...(cookieLocale(request) === "en" ? [en.Error] : [])].map(
    (messages, index) =>
      `<section${index > 0 ? ' lang="en"' : ""}><h${index === 0 ? 1 : 2}>${escapeHtml(messages.unavailableHeading)}</h${index === 0 ? 1 : 2}><p>${escapeHtml(messages.unavailableText)}</p></section>`,
  );
  return [
    '<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="refresh" content="${retryAfterSeconds}">`,
    `<title>${escapeHtml(id.Error.unavailableTitle)} · Temu Usaha</title>`,
    "<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#1f2937}h1,h2{color:#1e3a8a}</style>",
    `</head><body><main>${blocks.join("")}</main></body></html>`,
  ].join("");
}
