import { useTranslations } from "next-intl";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { EventStatus, ParticipantStatus } from "@/lib/generated/prisma/enums";

const eventTones: Record<EventStatus, BadgeTone> = { DRAFT: "warning", PUBLISHED: "info", COMPLETED: "neutral", CANCELLED: "danger" };

/** Where an event stands for staff: draft, published, completed or cancelled. */
export function EventStatusBadge({ status }: { status: EventStatus }) {
  const t = useTranslations("EventAdmin.statusLabel");
  return <Badge tone={eventTones[status]}>{t(status)}</Badge>;
}

const participantTones: Record<ParticipantStatus, BadgeTone> = {
  APPLIED: "info",
  APPROVED: "success",
  WAITLISTED: "warning",
  REJECTED: "danger",
  WITHDRAWN: "neutral",
};

/** A registration's status, in words (the colour only repeats it). */
export function ParticipantStatusBadge({ status }: { status: ParticipantStatus }) {
  const t = useTranslations("Enums.participantStatus");
  return <Badge tone={participantTones[status]}>{t(status)}</Badge>;
}
