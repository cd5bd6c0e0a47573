import { getTranslations } from "next-intl/server";
import { certificateValidity } from "@/lib/certificates/formats";
import type { EnterpriseCertificate } from "@/lib/certificates/queries";
import { validityText } from "./validity-badge";

/** The in-app reminder: certificates that expire within 60 days or already have. */
export async function RenewalNotice({ certificates, now }: { certificates: EnterpriseCertificate[]; now: Date }) {
  const [t, tEnums] = await Promise.all([getTranslations("Certificates"), getTranslations("Enums.certificateType")]);
  const due = certificates.filter((certificate) => {
    const { status } = certificateValidity(certificate, now);
    return status === "expiring" || status === "expired";
  });
  if (due.length === 0) return null;
  const items = await Promise.all(
    due.map(async (certificate) => ({
      id: certificate.id,
      text: t("noticeItem", {
        certificate: certificate.name ?? tEnums(certificate.type),
        number: certificate.number,
        status: (await validityText(certificate.expiresAt, now)).text,
      }),
    })),
  );
  return (
    <section aria-labelledby="renewal-heading" className="rounded-lg border-l-4 border-amber-500 bg-amber-50 p-5 text-amber-950">
      <h2 id="renewal-heading" className="text-lg font-semibold">
        <span aria-hidden="true">⚠ </span>
        {t("noticeHeading")}
      </h2>
      <p className="mt-1">{t("noticeText")}</p>
      <ul className="mt-3 list-disc space-y-1 pl-5">
        {items.map((item) => (
          <li key={item.id}>{item.text}</li>
        ))}
      </ul>
    </section>
  );
}
