// The export readiness self-assessment end to end: the demo IKM owner fills in the
// questionnaire and sees the score, tier and next steps; staff open it from the list and
// override the tier with a note; the owner then sees the verified tier and the note.
import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { signedInPage } from "./support/accounts";

type QuestionTexts = { label: string; options: Record<string, string> };
const catalog = JSON.parse(fs.readFileSync(path.join(process.cwd(), "messages/enterprises.id.json"), "utf8")) as {
  ExportReadiness: { questions: Record<string, QuestionTexts>; nextSteps: Record<string, string> };
};
const questions = Object.values(catalog.ExportReadiness.questions);

test("an IKM owner assesses export readiness and staff override the tier with a note", async ({ browser }) => {
  test.setTimeout(90_000);
  const note = `Kunjungan lapangan ${Date.now()}: kapasitas perlu dibuktikan dengan pesanan percontohan.`;

  // The owner answers every question with its strongest option.
  const owner = await signedInPage(browser, "ikm@temu-usaha.test");
  await owner.goto("/ikm/kesiapan-ekspor");
  await expect(owner.getByRole("heading", { level: 1 })).toHaveText("Kesiapan ekspor");
  await expect(owner.getByRole("group", { name: "Komitmen ekspor" })).toBeVisible();
  for (const question of questions) {
    const options = Object.values(question.options);
    const strongest = question.options.notRequired ? question.options.advanced : options.at(-1);
    if (!strongest) throw new Error(`No options for ${question.label}`);
    await owner.getByRole("group", { name: question.label, exact: true }).getByRole("radio", { name: strongest, exact: true }).check();
  }
  await owner.getByRole("button", { name: "Kirim dan lihat hasil" }).click();
  await expect(owner.getByRole("status").filter({ hasText: "Penilaian tersimpan." })).toBeVisible();
  const result = owner.getByRole("region", { name: "Hasil penilaian terakhir" });
  await expect(result.getByText("100 dari 100", { exact: true })).toBeVisible();
  await expect(result.getByText("Siap ekspor", { exact: true })).toBeVisible();
  await expect(result.getByText("Belum diverifikasi")).toBeVisible();
  await expect(result.getByRole("heading", { name: "Langkah berikutnya" })).toBeVisible();
  await expect(result.getByText(catalog.ExportReadiness.nextSteps.ftaCenterReferral ?? "")).toBeVisible();
  // The answers stay filled in for the next time.
  await owner.reload();
  const firstQuestion = questions[0];
  if (!firstQuestion) throw new Error("No questions");
  await expect(
    owner.getByRole("group", { name: firstQuestion.label, exact: true }).getByRole("radio", { name: Object.values(firstQuestion.options).at(-1) }),
  ).toBeChecked();
  await expect(owner.getByRole("table", { name: "Penilaian kesiapan ekspor, terbaru di atas" })).toBeVisible();

  // Staff find it among the assessments awaiting verification.
  const staff = await signedInPage(browser, "staf@temu-usaha.test");
  await staff.goto("/staf/kesiapan-ekspor");
  await staff.getByRole("link", { name: "Menunggu verifikasi" }).click();
  await expect(staff).toHaveURL(/status=awaiting/);
  await staff.getByRole("link", { name: "Batik Sekar Asem" }).first().click();
  await expect(staff.getByRole("heading", { level: 1 })).toHaveText("Kesiapan ekspor: Batik Sekar Asem");
  await expect(staff.getByText(firstQuestion.label)).toBeVisible();

  const tier = staff.getByLabel("Tingkat kesiapan hasil verifikasi");
  await tier.selectOption({ label: "Siap ekspor dengan pendampingan" });
  await staff.getByRole("button", { name: "Simpan verifikasi" }).click();
  await expect(staff.getByText("Tulis alasan perubahan tingkat kesiapan.")).toBeVisible();
  await expect(staff.getByLabel("Catatan untuk IKM")).toHaveAttribute("aria-invalid", "true");
  await staff.getByLabel("Catatan untuk IKM").fill(note);
  await staff.getByRole("button", { name: "Simpan verifikasi" }).click();
  await expect(staff.getByRole("status").filter({ hasText: "Verifikasi tersimpan." })).toBeVisible();

  // The owner sees the verified tier beside their own, with the note.
  await owner.reload();
  const verified = owner.getByRole("region", { name: "Hasil penilaian terakhir" });
  await expect(verified.getByText("Siap ekspor dengan pendampingan", { exact: true })).toBeVisible();
  await expect(verified.getByText(note)).toBeVisible();
  await owner.close();
  await staff.close();
});
