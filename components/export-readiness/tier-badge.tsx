import { useTranslations } from "next-intl";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { ExportReadinessTier } from "@/lib/generated/prisma/enums";

const tierTones: Record<ExportReadinessTier, BadgeTone> = {
  BELUM_SIAP: "warning",
  SIAP_DENGAN_PENDAMPINGAN: "info",
  SIAP_EKSPOR: "success",
};

/** A readiness tier in words; the colour only repeats them. */
export function TierBadge({ tier }: { tier: ExportReadinessTier }) {
  const t = useTranslations("ExportReadiness.tier");
  return <Badge tone={tierTones[tier]}>{t(tier)}</Badge>;
}
