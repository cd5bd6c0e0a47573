-- CreateEnum
CREATE TYPE "ReferralPurpose" AS ENUM ('KUR_FINANCING', 'EXPORT_ASSISTANCE');

-- CreateEnum
CREATE TYPE "ReferralOutcomeKind" AS ENUM ('CONTACTED', 'KUR_APPROVED', 'KUR_DECLINED', 'COACHING_ENROLLED', 'EXPORT_ASSISTED', 'NOT_PURSUED');

-- CreateTable
CREATE TABLE "PartnerConsent" (
    "id" TEXT NOT NULL,
    "enterpriseId" TEXT NOT NULL,
    "partnerOrganizationId" TEXT NOT NULL,
    "purpose" "ReferralPurpose" NOT NULL,
    "grantedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PartnerConsent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PartnerReferralOutcome" (
    "id" TEXT NOT NULL,
    "consentId" TEXT NOT NULL,
    "kind" "ReferralOutcomeKind" NOT NULL,
    "amountRupiah" BIGINT,
    "note" TEXT,
    "recordedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PartnerReferralOutcome_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PartnerConsent_partnerOrganizationId_revokedAt_idx" ON "PartnerConsent"("partnerOrganizationId", "revokedAt");

-- CreateIndex
CREATE UNIQUE INDEX "PartnerConsent_enterpriseId_partnerOrganizationId_purpose_key" ON "PartnerConsent"("enterpriseId", "partnerOrganizationId", "purpose");

-- CreateIndex
CREATE INDEX "PartnerReferralOutcome_consentId_createdAt_idx" ON "PartnerReferralOutcome"("consentId", "createdAt");

-- CreateIndex
CREATE INDEX "PartnerReferralOutcome_kind_createdAt_idx" ON "PartnerReferralOutcome"("kind", "createdAt");

-- AddForeignKey
ALTER TABLE "PartnerConsent" ADD CONSTRAINT "PartnerConsent_enterpriseId_fkey" FOREIGN KEY ("enterpriseId") REFERENCES "Enterprise"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerConsent" ADD CONSTRAINT "PartnerConsent_partnerOrganizationId_fkey" FOREIGN KEY ("partnerOrganizationId") REFERENCES "PartnerOrganization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerReferralOutcome" ADD CONSTRAINT "PartnerReferralOutcome_consentId_fkey" FOREIGN KEY ("consentId") REFERENCES "PartnerConsent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerReferralOutcome" ADD CONSTRAINT "PartnerReferralOutcome_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Hand-written: an amount only with an approved KUR, never negative.
ALTER TABLE "PartnerReferralOutcome" ADD CONSTRAINT "referral_outcome_amount" CHECK ("amountRupiah" IS NULL OR ("amountRupiah" >= 0 AND "kind" = 'KUR_APPROVED'));
