-- CreateEnum
CREATE TYPE "CurationDecision" AS ENUM ('PUBLISH', 'REQUEST_REVISION', 'REJECT');

-- AlterTable
ALTER TABLE "Certificate" ADD COLUMN     "documentKey" TEXT,
ADD COLUMN     "documentName" TEXT,
ADD COLUMN     "documentType" TEXT,
ADD COLUMN     "verifiedById" TEXT;

-- CreateTable
CREATE TABLE "CertificateReminder" (
    "id" TEXT NOT NULL,
    "certificateId" TEXT NOT NULL,
    "daysBefore" INTEGER NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CertificateReminder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExportReadinessAssessment" (
    "id" TEXT NOT NULL,
    "enterpriseId" TEXT NOT NULL,
    "answers" JSONB NOT NULL,
    "score" INTEGER NOT NULL,
    "tier" "ExportReadinessTier" NOT NULL,
    "submittedById" TEXT,
    "verifiedTier" "ExportReadinessTier",
    "verifiedNote" TEXT,
    "verifiedById" TEXT,
    "verifiedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ExportReadinessAssessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CurationReview" (
    "id" TEXT NOT NULL,
    "enterpriseId" TEXT,
    "productId" TEXT,
    "reviewerId" TEXT,
    "legality" INTEGER NOT NULL,
    "qualityCapacity" INTEGER NOT NULL,
    "marketReach" INTEGER NOT NULL,
    "competitiveAdvantage" INTEGER NOT NULL,
    "total" INTEGER NOT NULL,
    "grade" "CurationGrade" NOT NULL,
    "decision" "CurationDecision" NOT NULL,
    "comment" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CurationReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CurationComment" (
    "id" TEXT NOT NULL,
    "enterpriseId" TEXT,
    "productId" TEXT,
    "authorId" TEXT,
    "fromStaff" BOOLEAN NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CurationComment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CertificateReminder_certificateId_daysBefore_key" ON "CertificateReminder"("certificateId", "daysBefore");

-- CreateIndex
CREATE INDEX "ExportReadinessAssessment_enterpriseId_createdAt_idx" ON "ExportReadinessAssessment"("enterpriseId", "createdAt");

-- CreateIndex
CREATE INDEX "ExportReadinessAssessment_verifiedAt_idx" ON "ExportReadinessAssessment"("verifiedAt");

-- CreateIndex
CREATE INDEX "CurationReview_enterpriseId_createdAt_idx" ON "CurationReview"("enterpriseId", "createdAt");

-- CreateIndex
CREATE INDEX "CurationReview_productId_createdAt_idx" ON "CurationReview"("productId", "createdAt");

-- CreateIndex
CREATE INDEX "CurationComment_enterpriseId_createdAt_idx" ON "CurationComment"("enterpriseId", "createdAt");

-- CreateIndex
CREATE INDEX "CurationComment_productId_createdAt_idx" ON "CurationComment"("productId", "createdAt");

-- AddForeignKey
ALTER TABLE "CertificateReminder" ADD CONSTRAINT "CertificateReminder_certificateId_fkey" FOREIGN KEY ("certificateId") REFERENCES "Certificate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExportReadinessAssessment" ADD CONSTRAINT "ExportReadinessAssessment_enterpriseId_fkey" FOREIGN KEY ("enterpriseId") REFERENCES "Enterprise"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CurationReview" ADD CONSTRAINT "CurationReview_enterpriseId_fkey" FOREIGN KEY ("enterpriseId") REFERENCES "Enterprise"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CurationReview" ADD CONSTRAINT "CurationReview_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CurationComment" ADD CONSTRAINT "CurationComment_enterpriseId_fkey" FOREIGN KEY ("enterpriseId") REFERENCES "Enterprise"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CurationComment" ADD CONSTRAINT "CurationComment_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Rules the schema language cannot express.
ALTER TABLE "CurationReview" ADD CONSTRAINT "curation_review_subject" CHECK (("enterpriseId" IS NULL) <> ("productId" IS NULL));
ALTER TABLE "CurationReview" ADD CONSTRAINT "curation_review_scores" CHECK (
  "legality" BETWEEN 0 AND 3 AND "qualityCapacity" BETWEEN 0 AND 3 AND "marketReach" BETWEEN 0 AND 3 AND
  "competitiveAdvantage" BETWEEN 0 AND 3 AND "total" = "legality" + "qualityCapacity" + "marketReach" + "competitiveAdvantage"
);
ALTER TABLE "CurationComment" ADD CONSTRAINT "curation_comment_subject" CHECK (("enterpriseId" IS NULL) <> ("productId" IS NULL));
ALTER TABLE "ExportReadinessAssessment" ADD CONSTRAINT "export_readiness_score_range" CHECK ("score" BETWEEN 0 AND 100);
ALTER TABLE "CertificateReminder" ADD CONSTRAINT "certificate_reminder_days" CHECK ("daysBefore" IN (60, 30, 7));
