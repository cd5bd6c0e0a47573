// The person's own work that the data download (lib/my-account/export.ts) also carries: the
// enterprise's profile changes still waiting for staff, its export-readiness answers with the
// verification result shown on its own page, its offers on sourcing requests, and the inquiry
// messages the person wrote. Never the other side's messages or who among staff did what.
import type { DbClient } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

const pendingChangeSelect = { fields: true, createdAt: true, updatedAt: true } satisfies Prisma.EnterprisePendingChangeSelect;

const assessmentSelect = {
  id: true,
  answers: true,
  score: true,
  tier: true,
  verifiedTier: true,
  verifiedNote: true,
  verifiedAt: true,
  createdAt: true,
} satisfies Prisma.ExportReadinessAssessmentSelect;

const offerSelect = {
  id: true,
  request: { select: { title: true } },
  priceRupiah: true,
  unit: true,
  minOrder: true,
  monthlyCapacity: true,
  leadTimeDays: true,
  sampleAvailable: true,
  message: true,
  status: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.SourcingOfferSelect;

const messageSelect = { id: true, inquiry: { select: { subject: true } }, side: true, body: true, createdAt: true } satisfies Prisma.InquiryMessageSelect;

export async function exportOwnWork(client: DbClient, userId: string, enterpriseId: string | null) {
  const none = Promise.resolve([]);
  const [pendingChanges, assessments, offers, inquiryMessages] = await Promise.all([
    enterpriseId ? client.enterprisePendingChange.findMany({ where: { enterpriseId }, select: pendingChangeSelect }) : none,
    enterpriseId ? client.exportReadinessAssessment.findMany({ where: { enterpriseId }, select: assessmentSelect, orderBy: { createdAt: "asc" } }) : none,
    enterpriseId ? client.sourcingOffer.findMany({ where: { enterpriseId }, select: offerSelect, orderBy: { createdAt: "asc" } }) : none,
    client.inquiryMessage.findMany({ where: { authorId: userId }, select: messageSelect, orderBy: { createdAt: "asc" } }),
  ]);
  return { pendingChanges, assessments, offers, inquiryMessages };
}
