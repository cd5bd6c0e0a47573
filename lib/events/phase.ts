// Where an event stands in time, for badges and registration notices. Pure.
import type { EventStatus } from "@/lib/generated/prisma/enums";
import { timeZone } from "@/lib/i18n/config";

export type EventPhase = "upcoming" | "ongoing" | "ended" | "completed" | "cancelled";

type Timed = { status: EventStatus; startsAt: Date; endsAt: Date };

export function eventPhase(event: Timed, now: Date): EventPhase {
  if (event.status === "CANCELLED") return "cancelled";
  if (event.status === "COMPLETED") return "completed";
  if (now >= event.endsAt) return "ended";
  if (now >= event.startsAt) return "ongoing";
  return "upcoming";
}

export type RegistrationState = "notAnnounced" | "notYetOpen" | "open" | "closed";

type WithRegistration = Timed & { registrationOpensAt: Date | null; registrationClosesAt: Date | null };

export function registrationState(event: WithRegistration, now: Date): RegistrationState {
  const phase = eventPhase(event, now);
  if (phase !== "upcoming" && phase !== "ongoing") return "closed";
  const { registrationOpensAt: opens, registrationClosesAt: closes } = event;
  if (closes && now >= closes) return "closed";
  if (opens && now < opens) return "notYetOpen";
  if (!opens && !closes) return phase === "ongoing" ? "closed" : "notAnnounced";
  return "open";
}

const jakartaDay = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });

/** A completed event can be reopened by staff on the day it was completed (Jakarta time), e.g. after a click by mistake. */
export function canReopen(event: { status: EventStatus; completedAt: Date | null }, now: Date): boolean {
  return event.status === "COMPLETED" && event.completedAt !== null && jakartaDay.format(event.completedAt) === jakartaDay.format(now);
}
