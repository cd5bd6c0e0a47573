import { useTranslations } from "next-intl";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { EventPhase } from "@/lib/events/phase";

const tones: Record<EventPhase, BadgeTone> = {
  upcoming: "info",
  ongoing: "success",
  ended: "neutral",
  completed: "neutral",
  cancelled: "danger",
};

export function EventPhaseBadge({ phase }: { phase: EventPhase }) {
  const t = useTranslations("Enums.eventPhase");
  return <Badge tone={tones[phase]}>{t(phase)}</Badge>;
}
