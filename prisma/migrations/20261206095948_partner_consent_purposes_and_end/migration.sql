-- AlterEnum
ALTER TYPE "ReferralPurpose" ADD VALUE 'CERTIFICATION_ASSISTANCE';

-- AlterTable
ALTER TABLE "PartnerConsent" ADD COLUMN     "endsAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "PartnerOrganization" ADD COLUMN     "offeredPurposes" "ReferralPurpose"[] DEFAULT ARRAY[]::"ReferralPurpose"[];

-- A consent ends after it was given (the app refuses an end date today or earlier).
ALTER TABLE "PartnerConsent" ADD CONSTRAINT "PartnerConsent_endsAt_after_grantedAt" CHECK ("endsAt" IS NULL OR "endsAt" > "grantedAt");
