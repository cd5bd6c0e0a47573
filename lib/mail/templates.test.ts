import { describe, expect, it } from "vitest";
import { renderMail } from "./templates";

const site = { productName: "Temu Usaha", officeName: "Dinas Perindustrian Kota Semarang" };
const link = "https://temu.example/verifikasi-email?token=abc.def";

describe("mail templates", () => {
  it("write the verification email in Indonesian and in English, with the link in text and HTML", () => {
    const id = renderMail({ kind: "verify-email", name: "Sri", link }, "id", site);
    expect(id.subject).toBe("Verifikasi alamat email Anda di Temu Usaha");
    expect(id.text).toContain("Halo Sri,");
    expect(id.text).toContain(link);
    expect(id.text).toContain("48 jam");
    expect(id.html).toContain('href="https://temu.example/verifikasi-email?token=abc.def"');
    expect(id.html).toContain('lang="id"');

    const en = renderMail({ kind: "verify-email", name: "Sri", link }, "en", site);
    expect(en.subject).toBe("Verify your email address for Temu Usaha");
    expect(en.text).toContain("Hello Sri,");
    expect(en.text).toContain("48 hours");
  });

  it("write the password reset email in both languages", () => {
    expect(renderMail({ kind: "reset-password", name: "Budi", link }, "id", site).text).toContain("berlaku 1 jam");
    expect(renderMail({ kind: "reset-password", name: "Budi", link }, "en", site).subject).toBe("Reset your Temu Usaha password");
  });

  it("tell the owner of many failed sign-ins that the account is not locked, with a new-password link", () => {
    const id = renderMail({ kind: "sign-in-warning", name: "Siti", link, attempts: 11 }, "id", site);
    expect(id.subject).toBe("Percobaan masuk yang gagal ke akun Temu Usaha Anda");
    expect(id.text).toContain("Ada 11 percobaan masuk");
    expect(id.text).toContain("Akun Anda tidak dikunci");
    expect(id.text).toContain(link);
    expect(renderMail({ kind: "sign-in-warning", name: "Siti", link, attempts: 11 }, "en", site).text).toContain("Your account is not locked");
  });

  it("tell the owner of a registered address that someone tried to sign up with it, with both ways in", () => {
    const mail = renderMail({ kind: "registration-attempt", name: "Sri", link, signInLink: "https://temu.example/masuk" }, "id", site);
    expect(mail.subject).toBe("Ada yang mencoba mendaftar di Temu Usaha dengan email Anda");
    expect(mail.text).toContain("silakan masuk ke akun yang sudah ada: https://temu.example/masuk");
    expect(mail.html).toContain(`href="${link}"`);
  });

  it("name the inviter, the role and the partner organisation in an invitation", () => {
    const invitation = { kind: "invitation", name: "Rina", link, inviterName: "Admin Disperin", role: "PARTNER", organizationName: "Bank Rakyat" } as const;
    expect(renderMail(invitation, "id", site).text).toContain("Admin Disperin mengundang Anda bergabung di Temu Usaha sebagai Mitra mewakili Bank Rakyat.");
    expect(renderMail({ ...invitation, role: "STAFF", organizationName: null }, "en", site).text).toContain(
      "Admin Disperin invites you to join Temu Usaha as Staff.",
    );
  });

  it("escape what people typed before it goes into HTML", () => {
    const html = renderMail({ kind: "verify-email", name: '<img src=x onerror="alert(1)">', link }, "id", site).html;
    expect(html).not.toContain("<img");
    expect(html).toContain("&#60;img");
  });
});
