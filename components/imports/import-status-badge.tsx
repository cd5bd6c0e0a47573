import { useTranslations } from "next-intl";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { ImportBatchStatus } from "@/lib/imports/types";

const tones: Record<ImportBatchStatus, BadgeTone> = { QUEUED: "neutral", RUNNING: "info", DONE: "success", FAILED: "danger" };

export function ImportStatusBadge({ status }: { status: ImportBatchStatus }) {
  const t = useTranslations("Imports.status");
  return <Badge tone={tones[status]}>{t(status)}</Badge>;
}
