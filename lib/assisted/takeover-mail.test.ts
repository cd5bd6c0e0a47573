import { describe, expect, it } from "vitest";
import { renderTakeoverMail, type TakeoverMail } from "./takeover-mail";

const site = { productName: "Temu Usaha", officeName: "Dinas Perindustrian Kota Semarang" };
const mail: TakeoverMail = {
  name: "Bu Sumarni",
  email: "sumarni@contoh.id",
  link: "https://temu.example/undangan?token=abc.def",
  staffName: "Rina Petugas",
  enterprise: { legalName: "UD Bandeng Presto", brandName: "Presto Bu Sum", legalForm: "UD", kecamatanName: "Semarang Barat" },
};

describe("takeover email", () => {
  it("says in Indonesian who registered what, with the data and the link", () => {
    const id = renderTakeoverMail(mail, "id", site);
    expect(id.subject).toBe("Presto Bu Sum sudah didaftarkan di Temu Usaha untuk Anda");
    expect(id.text).toContain("Halo Bu Sumarni,");
    expect(id.text).toContain("Rina Petugas, petugas Dinas Perindustrian Kota Semarang, telah mendaftarkan Presto Bu Sum di Temu Usaha atas nama Anda");
    expect(id.text).toContain("- Nama usaha: UD Bandeng Presto\n- Nama merek: Presto Bu Sum\n- Bentuk usaha: Usaha Dagang (UD)\n- Kecamatan: Semarang Barat\n- Email akun: sumarni@contoh.id");
    expect(id.text).toContain(`Buat kata sandi dan ambil alih akun:\n${mail.link}`);
    expect(id.html).toContain('href="https://temu.example/undangan?token=abc.def"');
    expect(id.html).toContain('lang="id"');
  });

  it("is written in English for an English-speaking owner, without a brand line when there is none", () => {
    const en = renderTakeoverMail({ ...mail, enterprise: { ...mail.enterprise, brandName: null } }, "en", site);
    expect(en.subject).toBe("UD Bandeng Presto has been registered on Temu Usaha for you");
    expect(en.text).toContain("Rina Petugas, a staff member of Dinas Perindustrian Kota Semarang, has registered UD Bandeng Presto");
    expect(en.text).not.toContain("Brand name");
  });

  it("escapes what staff typed before it goes into HTML", () => {
    const html = renderTakeoverMail({ ...mail, enterprise: { ...mail.enterprise, brandName: "<b>Presto</b>" } }, "id", site).html;
    expect(html).not.toContain("<b>Presto");
    expect(html).toContain("&#60;b&#62;Presto");
  });
});
