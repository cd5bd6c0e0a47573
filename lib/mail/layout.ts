// The one look of every email the portal sends: greeting, blocks of content, a button with the
// link written out for mail clients without HTML, notes, sign-off and footer; as plain text and
// as simple inline-styled HTML. Each kind of email only decides its words. Pure: no I/O.
import { createTranslator } from "next-intl";
import type { AppLocale } from "@/lib/i18n/config";
import { catalogs } from "@/lib/i18n/messages";

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

export interface MailSite {
  productName: string;
  officeName: string;
}

/** A paragraph, a list of label/value facts, or a quoted message. */
export type MailBlock = string | { facts: [string, string][] } | { quote: string; heading: string };

export interface MailContent {
  subject: string;
  recipientName: string;
  blocks: MailBlock[];
  action: { label: string; link: string };
  notes: string[];
}

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

function blockText(block: MailBlock): string {
  if (typeof block === "string") return block;
  if ("facts" in block) return block.facts.map(([label, value]) => `- ${label}: ${value}`).join("\n");
  return `${block.heading}\n${block.quote
    .split("\n")
    .map((line) => `> ${line}`)
    .join("\n")}`;
}

const paragraph = (value: string) => `<p style="margin:0 0 16px">${escapeHtml(value)}</p>`;

function blockHtml(block: MailBlock): string {
  if (typeof block === "string") return paragraph(block);
  if ("facts" in block) {
    const items = block.facts.map(([label, value]) => `<li>${escapeHtml(label)}: <strong>${escapeHtml(value)}</strong></li>`).join("");
    return `<ul style="margin:0 0 16px;padding-left:20px">${items}</ul>`;
  }
  return [
    paragraph(block.heading),
    `<blockquote style="margin:0 0 16px;padding:8px 16px;border-left:4px solid #0c4a6e;background:#f4f6f8;white-space:pre-line">${escapeHtml(block.quote)}</blockquote>`,
  ].join("\n");
}

export function layoutMail(content: MailContent, locale: AppLocale, site: MailSite): RenderedMail {
  const t = createTranslator({ locale, messages: catalogs[locale] });
  const greeting = t("Mail.greeting", { name: content.recipientName });
  const signOff = t("Mail.signOff");
  const footer = t("Mail.footer", { product: site.productName, office: site.officeName });
  const { subject, action, notes } = content;

  const text = [
    greeting,
    ...content.blocks.map(blockText),
    `${action.label}:\n${action.link}`,
    ...notes,
    `${signOff}\n${site.officeName}`,
    `-- \n${footer}`,
  ].join("\n\n");

  const link = escapeHtml(action.link);
  const html = [
    `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
    `<body style="margin:0;padding:24px;background:#f4f6f8;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#10212f">`,
    `<div style="max-width:560px;margin:0 auto;background:#ffffff;border-radius:8px;padding:24px">`,
    `<p style="margin:0 0 16px;font-weight:bold;color:#0c2a43">${escapeHtml(site.productName)}</p>`,
    paragraph(greeting),
    ...content.blocks.map(blockHtml),
    `<p style="margin:24px 0"><a href="${link}" style="display:inline-block;background:#0c4a6e;color:#ffffff;padding:12px 20px;border-radius:6px;text-decoration:none;font-weight:bold">${escapeHtml(action.label)}</a></p>`,
    `<p style="margin:0 0 16px;font-size:14px">${escapeHtml(t("Mail.linkFallback"))}<br><a href="${link}" style="color:#0c4a6e;word-break:break-all">${link}</a></p>`,
    ...notes.map(paragraph),
    `<p style="margin:0 0 16px">${escapeHtml(signOff)}<br>${escapeHtml(site.officeName)}</p>`,
    `<p style="margin:24px 0 0;font-size:13px;color:#5b6b79">${escapeHtml(footer)}</p>`,
    `</div></body></html>`,
  ].join("\n");

  return { subject, text, html };
}
