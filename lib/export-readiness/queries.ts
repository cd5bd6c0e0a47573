// Reads for the export readiness pages: an SME's own assessments, and the staff list and detail.
import "server-only";
import { db } from "@/lib/db";
import type { ExportReadinessTier, Prisma } from "@/lib/generated/prisma/client";
import { type Paginated, pageCountOf, pageWindow } from "@/lib/pagination";
import { type ExportReadinessAnswers, exportReadinessAnswersSchema } from "./questionnaire";

/** Answers as stored, or null when they no longer fit the questionnaire (e.g. after it changed). */
export function storedAnswers(value: Prisma.JsonValue): ExportReadinessAnswers | null {
  const parsed = exportReadinessAnswersSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

export type AssessmentDetail = {
  id: string;
  createdAt: Date;
  score: number;
  tier: ExportReadinessTier;
  answers: ExportReadinessAnswers | null;
  verifiedTier: ExportReadinessTier | null;
  verifiedNote: string | null;
  verifiedAt: Date | null;
};

const detailSelect = {
  id: true,
  createdAt: true,
  score: true,
  tier: true,
  answers: true,
  verifiedTier: true,
  verifiedNote: true,
  verifiedAt: true,
} as const;

export type AssessmentHistoryRow = { id: string; createdAt: Date; score: number; tier: ExportReadinessTier; verifiedTier: ExportReadinessTier | null };

/** How many past assessments the SME page lists. */
export const historyLimit = 20;

/**
 * An SME's latest assessment in full and its history, newest first (only its own rows), and the
 * staff-verified tier still in effect while the latest assessment waits for verification.
 */
export async function getOwnReadiness(
  enterpriseId: string,
): Promise<{ latest: AssessmentDetail | null; history: AssessmentHistoryRow[]; verifiedInEffect: ExportReadinessTier | null }> {
  const [latest, history, enterprise] = await Promise.all([
    db.exportReadinessAssessment.findFirst({
      where: { enterpriseId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: detailSelect,
    }),
    db.exportReadinessAssessment.findMany({
      where: { enterpriseId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: historyLimit,
      select: { id: true, createdAt: true, score: true, tier: true, verifiedTier: true },
    }),
    db.enterprise.findUnique({ where: { id: enterpriseId }, select: { exportReadinessTier: true } }),
  ]);
  const waiting = latest !== null && latest.verifiedAt === null && history.some((row) => row.verifiedTier !== null);
  return {
    latest: latest ? { ...latest, answers: storedAnswers(latest.answers) } : null,
    history,
    verifiedInEffect: waiting ? (enterprise?.exportReadinessTier ?? null) : null,
  };
}

export const assessmentFilters = ["awaiting", "verified"] as const;
export type AssessmentFilter = (typeof assessmentFilters)[number];

export function assessmentFilterFrom(value: string | string[] | undefined): AssessmentFilter | undefined {
  const raw = Array.isArray(value) ? value[0] : value;
  return assessmentFilters.find((filter) => filter === raw);
}

export type AssessmentListRow = AssessmentHistoryRow & { enterpriseName: string };

export const assessmentPageSize = 20;

/** Which assessments a filter lists; the staff desk counts "awaiting" with it. */
export function assessmentWhere(filter?: AssessmentFilter): Prisma.ExportReadinessAssessmentWhereInput {
  return filter === "awaiting" ? { verifiedAt: null } : filter === "verified" ? { verifiedAt: { not: null } } : {};
}

export async function listAssessments({ page, filter }: { page: number; filter?: AssessmentFilter }): Promise<Paginated<AssessmentListRow>> {
  const where = assessmentWhere(filter);
  const [total, rows] = await Promise.all([
    db.exportReadinessAssessment.count({ where }),
    db.exportReadinessAssessment.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      ...pageWindow(page, assessmentPageSize),
      select: {
        id: true,
        createdAt: true,
        score: true,
        tier: true,
        verifiedTier: true,
        enterprise: { select: { legalName: true, brandName: true } },
      },
    }),
  ]);
  return {
    items: rows.map(({ enterprise, ...row }) => ({ ...row, enterpriseName: enterprise.brandName ?? enterprise.legalName })),
    total,
    page,
    pageSize: assessmentPageSize,
    pageCount: pageCountOf(total, assessmentPageSize),
  };
}

export type StaffAssessment = AssessmentDetail & { enterpriseName: string; enterpriseSlug: string; verifiedByName: string | null };

export async function getAssessmentForStaff(id: string): Promise<StaffAssessment | null> {
  const row = await db.exportReadinessAssessment.findUnique({
    where: { id },
    select: { ...detailSelect, verifiedById: true, enterprise: { select: { legalName: true, brandName: true, slug: true } } },
  });
  if (!row) return null;
  const { enterprise, verifiedById, ...rest } = row;
  const verifier = verifiedById
    ? await db.user.findUnique({ where: { id: verifiedById }, select: { name: true } })
    : null;
  return {
    ...rest,
    answers: storedAnswers(rest.answers),
    enterpriseName: enterprise.brandName ?? enterprise.legalName,
    enterpriseSlug: enterprise.slug,
    verifiedByName: verifier?.name ?? null,
  };
}
