import nodemailer from "nodemailer";
import { describe, expect, it } from "vitest";
import { addressOf, capturedMailFileName, decodeHeader, linksIn, parseEml } from "./captured";

// The same composer lib/mail/transport.ts writes files with.
const composer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "windows" });

async function compose(message: { to: string; subject: string; text: string; html: string }): Promise<Buffer> {
  const info = await composer.sendMail({ from: "Temu Usaha <no-reply@temu-usaha.test>", ...message });
  if (!Buffer.isBuffer(info.message)) throw new Error("expected a buffer");
  return info.message;
}

describe("captured mail", () => {
  it("reads back what nodemailer composed: headers, text and HTML, non-ASCII and long lines included", async () => {
    const link = `https://temu.example/atur-ulang-kata-sandi?token=${"a".repeat(120)}.${"b".repeat(43)}`;
    const raw = await compose({
      to: "Sékar Ayu <sekar@contoh.id>",
      subject: "Atur ulang kata sandi — Temu Usaha ✓",
      text: `Halo Sékar,\n\nBuka tautan ini:\n${link}\n\nSalam`,
      html: `<p>Halo Sékar, <a href="${link}">buka</a></p>`,
    });
    const mail = parseEml(raw, "x.eml");
    expect(mail.subject).toBe("Atur ulang kata sandi — Temu Usaha ✓");
    expect(mail.to).toBe("Sékar Ayu <sekar@contoh.id>");
    expect(addressOf(mail.to)).toBe("sekar@contoh.id");
    expect(mail.from).toContain("no-reply@temu-usaha.test");
    expect(mail.text).toBe(`Halo Sékar,\n\nBuka tautan ini:\n${link}\n\nSalam`);
    expect(linksIn(mail.text)).toEqual([link]);
    expect(mail.html).toContain(`href="${link}"`);
    expect(Math.abs(mail.date.getTime() - Date.now())).toBeLessThan(60_000);
  });

  it("decodes base64 and quoted-printable encoded words", () => {
    expect(decodeHeader("=?UTF-8?B?U8Opa2Fy?= =?UTF-8?Q?_Ayu?=")).toBe("Sékar Ayu");
    expect(decodeHeader("plain")).toBe("plain");
  });

  it("names files so that they sort by time", () => {
    const earlier = capturedMailFileName(new Date("2026-11-28T06:00:00.000Z"));
    const later = capturedMailFileName(new Date("2026-11-28T06:00:00.001Z"));
    expect(earlier).toMatch(/^20261128T060000000Z-[0-9a-f]{8}\.eml$/);
    expect([later, earlier].sort()).toEqual([earlier, later]);
  });
});
