import { useTranslations } from "next-intl";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { CurationStatus } from "@/lib/generated/prisma/enums";

const tones: Record<CurationStatus, BadgeTone> = {
  DRAFT: "neutral",
  SUBMITTED: "info",
  REVISION_REQUESTED: "warning",
  PUBLISHED: "success",
  REJECTED: "danger",
};

export function CurationStatusBadge({ status }: { status: CurationStatus }) {
  const t = useTranslations("Enums.curationStatus");
  return <Badge tone={tones[status]}>{t(status)}</Badge>;
}
