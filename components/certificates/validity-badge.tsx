import { getTranslations } from "next-intl/server";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { type CertificateValidityStatus, certificateValidity } from "@/lib/certificates/formats";

const tones: Record<CertificateValidityStatus, BadgeTone> = {
  valid: "success",
  expiring: "warning",
  expired: "danger",
  noExpiry: "neutral",
};

/** "Berlaku", "Berakhir dalam 12 hari", "Sudah kedaluwarsa" or "Tanpa batas waktu": words, not colour alone. */
export async function validityText(expiresAt: Date | null, now: Date): Promise<{ status: CertificateValidityStatus; text: string }> {
  const t = await getTranslations("Certificate.validity");
  const { status, daysLeft } = certificateValidity({ expiresAt }, now);
  return { status, text: status === "expiring" ? t("expiring", { days: daysLeft ?? 0 }) : t(status) };
}

export async function ValidityBadge({ expiresAt, now }: { expiresAt: Date | null; now: Date }) {
  const { status, text } = await validityText(expiresAt, now);
  return <Badge tone={tones[status]}>{text}</Badge>;
}
