// The waiting work the staff desk's navigation shows beside each area. Every count reads with
// the where-clause of the queue it links to (imported from that queue's queries, never copied),
// so the number beside a link is the number the queue lists. Cached per request with React's
// cache(): the sidebar and the phone menu of one page share one round of queries.
import "server-only";
import { cache } from "react";
import { awaitingVerificationWhere } from "@/lib/certificates/queries";
import { productQueueWhere } from "@/lib/curation/product-queries";
import { queueWhere } from "@/lib/curation/queries";
import { db } from "@/lib/db";
import { awaitingDecisionWhere } from "@/lib/events/admin-queries";
import { assessmentWhere } from "@/lib/export-readiness/queries";
import { matchesToReviewWhere } from "@/lib/matching/queries";
import { overdueFollowUpWhere } from "@/lib/outcomes/queries";

export type DeskCounts = {
  /** Enterprises and products in the curation queue's "open" view. */
  curation: number;
  certificates: number;
  exportReadiness: number;
  registrations: number;
  matches: number;
  overdueFollowUps: number;
};

export async function countDeskWork(now: Date = new Date()): Promise<DeskCounts> {
  const [enterprises, products, certificates, exportReadiness, registrations, matches, overdueFollowUps] = await Promise.all([
    db.enterprise.count({ where: queueWhere("open") }),
    db.product.count({ where: productQueueWhere("open") }),
    db.certificate.count({ where: awaitingVerificationWhere }),
    db.exportReadinessAssessment.count({ where: assessmentWhere("awaiting") }),
    db.eventParticipant.count({ where: awaitingDecisionWhere }),
    db.match.count({ where: matchesToReviewWhere }),
    db.meeting.count({ where: overdueFollowUpWhere(now) }),
  ]);
  return { curation: enterprises + products, certificates, exportReadiness, registrations, matches, overdueFollowUps };
}

/** countDeskWork once per request, however many navigation parts ask. */
export const getDeskCounts = cache(() => countDeskWork());
