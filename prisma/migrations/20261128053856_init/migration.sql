-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'STAFF', 'SME', 'BUYER', 'PARTNER');

-- CreateEnum
CREATE TYPE "UserStatus" AS ENUM ('INVITED', 'ACTIVE', 'DEACTIVATED');

-- CreateEnum
CREATE TYPE "Locale" AS ENUM ('id', 'en');

-- CreateEnum
CREATE TYPE "PartnerKind" AS ENUM ('HIMBARA_BANK', 'FTA_CENTER', 'EXPORT_AGENCY', 'OTHER');

-- CreateEnum
CREATE TYPE "KbliLevel" AS ENUM ('SECTION', 'DIVISION', 'GROUP', 'CLASS', 'SUBCLASS');

-- CreateEnum
CREATE TYPE "LegalForm" AS ENUM ('PERORANGAN', 'UD', 'CV', 'PT', 'KOPERASI');

-- CreateEnum
CREATE TYPE "BusinessScale" AS ENUM ('MIKRO', 'KECIL', 'MENENGAH', 'BESAR');

-- CreateEnum
CREATE TYPE "CurationStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'REVISION_REQUESTED', 'PUBLISHED', 'REJECTED');

-- CreateEnum
CREATE TYPE "CurationGrade" AS ENUM ('A', 'B', 'C');

-- CreateEnum
CREATE TYPE "ExportReadinessTier" AS ENUM ('BELUM_SIAP', 'SIAP_DENGAN_PENDAMPINGAN', 'SIAP_EKSPOR');

-- CreateEnum
CREATE TYPE "BuyerKind" AS ENUM ('RETAILER', 'DISTRIBUTOR', 'EXPORTER', 'IMPORTER', 'HOREKA', 'CORPORATE_PROCUREMENT', 'GOVERNMENT_PROCUREMENT', 'ONLINE_MARKETPLACE');

-- CreateEnum
CREATE TYPE "CertificateType" AS ENUM ('HALAL', 'PIRT', 'BPOM_MD', 'SNI', 'HKI_MEREK', 'ISO', 'OTHER');

-- CreateEnum
CREATE TYPE "PurchaseVolumeBand" AS ENUM ('UNDER_50M', 'FROM_50M_TO_500M', 'FROM_500M_TO_5B', 'OVER_5B');

-- CreateEnum
CREATE TYPE "SourcingRequestStatus" AS ENUM ('OPEN', 'CLOSED');

-- CreateEnum
CREATE TYPE "EventKind" AS ENUM ('BUSINESS_MATCHING', 'EXPO', 'COACHING');

-- CreateEnum
CREATE TYPE "EventStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'COMPLETED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "ParticipantKind" AS ENUM ('SME', 'BUYER', 'PARTNER');

-- CreateEnum
CREATE TYPE "ParticipantStatus" AS ENUM ('APPLIED', 'APPROVED', 'WAITLISTED', 'REJECTED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "MatchStatus" AS ENUM ('SUGGESTED', 'APPROVED', 'VETOED');

-- CreateEnum
CREATE TYPE "MatchResponse" AS ENUM ('PENDING', 'ACCEPTED', 'DECLINED');

-- CreateEnum
CREATE TYPE "MeetingStatus" AS ENUM ('REQUESTED', 'ACCEPTED', 'DECLINED', 'SCHEDULED', 'HELD', 'NO_SHOW', 'CANCELLED');

-- CreateEnum
CREATE TYPE "MeetingOutcome" AS ENUM ('NO_INTEREST', 'FOLLOW_UP', 'SAMPLE', 'PURCHASE_ORDER', 'DEAL');

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "phone" TEXT,
    "passwordHash" TEXT,
    "role" "Role" NOT NULL,
    "status" "UserStatus" NOT NULL DEFAULT 'ACTIVE',
    "locale" "Locale" NOT NULL DEFAULT 'id',
    "emailVerifiedAt" TIMESTAMP(3),
    "lastSignInAt" TIMESTAMP(3),
    "buyerOrganizationId" TEXT,
    "partnerOrganizationId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PartnerOrganization" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "PartnerKind" NOT NULL,
    "description" TEXT,
    "website" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PartnerOrganization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Kbli" (
    "id" SERIAL NOT NULL,
    "version" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "level" "KbliLevel" NOT NULL,
    "nameId" TEXT NOT NULL,
    "nameEn" TEXT,
    "parentId" INTEGER,

    CONSTRAINT "Kbli_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Kecamatan" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "Kecamatan_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Kelurahan" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kecamatanCode" TEXT NOT NULL,

    CONSTRAINT "Kelurahan_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Sentra" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "kecamatanCode" TEXT NOT NULL,
    "kbliId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Sentra_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Enterprise" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "ownerId" TEXT,
    "legalName" TEXT NOT NULL,
    "brandName" TEXT,
    "legalForm" "LegalForm" NOT NULL,
    "nib" TEXT,
    "npwp" TEXT,
    "description" TEXT,
    "scale" "BusinessScale",
    "yearFounded" INTEGER,
    "workforce" INTEGER,
    "capitalRupiah" BIGINT,
    "annualSalesRupiah" BIGINT,
    "address" TEXT,
    "kecamatanCode" TEXT NOT NULL,
    "kelurahanCode" TEXT,
    "sentraId" TEXT,
    "primaryKbliId" INTEGER,
    "monthlyCapacity" INTEGER,
    "installedCapacity" INTEGER,
    "capacityUnit" TEXT,
    "rawMaterials" TEXT,
    "salesChannels" TEXT[],
    "exportCountries" TEXT[],
    "sellsNationally" BOOLEAN NOT NULL DEFAULT false,
    "targetBuyerKinds" "BuyerKind"[],
    "phone" TEXT,
    "whatsapp" TEXT,
    "email" TEXT,
    "website" TEXT,
    "instagram" TEXT,
    "status" "CurationStatus" NOT NULL DEFAULT 'DRAFT',
    "curationGrade" "CurationGrade",
    "verifiedAt" TIMESTAMP(3),
    "exportReadinessScore" INTEGER,
    "exportReadinessTier" "ExportReadinessTier",
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Enterprise_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EnterpriseKbli" (
    "enterpriseId" TEXT NOT NULL,
    "kbliId" INTEGER NOT NULL,

    CONSTRAINT "EnterpriseKbli_pkey" PRIMARY KEY ("enterpriseId","kbliId")
);

-- CreateTable
CREATE TABLE "Certificate" (
    "id" TEXT NOT NULL,
    "enterpriseId" TEXT NOT NULL,
    "type" "CertificateType" NOT NULL,
    "number" TEXT NOT NULL,
    "name" TEXT,
    "issuedAt" DATE,
    "expiresAt" DATE,
    "verifiedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Certificate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Product" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "enterpriseId" TEXT NOT NULL,
    "nameId" TEXT NOT NULL,
    "nameEn" TEXT,
    "descriptionId" TEXT NOT NULL,
    "descriptionEn" TEXT,
    "kbliId" INTEGER,
    "hsCode" CHAR(8),
    "priceMinRupiah" BIGINT,
    "priceMaxRupiah" BIGINT,
    "unit" TEXT NOT NULL,
    "minOrder" INTEGER,
    "monthlyCapacity" INTEGER,
    "leadTimeDays" INTEGER,
    "exportReady" BOOLEAN NOT NULL DEFAULT false,
    "status" "CurationStatus" NOT NULL DEFAULT 'DRAFT',
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Product_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BuyerOrganization" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "BuyerKind" NOT NULL,
    "country" CHAR(2) NOT NULL DEFAULT 'ID',
    "city" TEXT NOT NULL,
    "description" TEXT,
    "website" TEXT,
    "purchaseVolumeBand" "PurchaseVolumeBand",
    "requiredCertificates" "CertificateType"[],
    "exportDestinations" TEXT[],
    "verifiedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BuyerOrganization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BuyerKbli" (
    "buyerId" TEXT NOT NULL,
    "kbliId" INTEGER NOT NULL,

    CONSTRAINT "BuyerKbli_pkey" PRIMARY KEY ("buyerId","kbliId")
);

-- CreateTable
CREATE TABLE "SourcingRequest" (
    "id" TEXT NOT NULL,
    "buyerId" TEXT NOT NULL,
    "createdById" TEXT,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "kbliId" INTEGER,
    "quantityPerMonth" INTEGER NOT NULL,
    "unit" TEXT NOT NULL,
    "targetPriceMinRupiah" BIGINT,
    "targetPriceMaxRupiah" BIGINT,
    "requiredCertificates" "CertificateType"[],
    "exportDestination" CHAR(2),
    "deadline" DATE,
    "status" "SourcingRequestStatus" NOT NULL DEFAULT 'OPEN',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SourcingRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Event" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "kind" "EventKind" NOT NULL,
    "quarter" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "venue" TEXT NOT NULL,
    "venueAddress" TEXT,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "registrationOpensAt" TIMESTAMP(3),
    "registrationClosesAt" TIMESTAMP(3),
    "status" "EventStatus" NOT NULL DEFAULT 'DRAFT',
    "slotMinutes" INTEGER NOT NULL DEFAULT 20,
    "tableCount" INTEGER NOT NULL DEFAULT 10,
    "capacitySme" INTEGER,
    "capacityBuyer" INTEGER,
    "capacityPartner" INTEGER,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventParticipant" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "kind" "ParticipantKind" NOT NULL,
    "enterpriseId" TEXT,
    "buyerId" TEXT,
    "partnerOrganizationId" TEXT,
    "status" "ParticipantStatus" NOT NULL DEFAULT 'APPLIED',
    "checkedInAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EventParticipant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Match" (
    "id" TEXT NOT NULL,
    "eventId" TEXT,
    "enterpriseId" TEXT NOT NULL,
    "buyerId" TEXT NOT NULL,
    "sourcingRequestId" TEXT,
    "score" INTEGER NOT NULL,
    "components" JSONB NOT NULL,
    "status" "MatchStatus" NOT NULL DEFAULT 'SUGGESTED',
    "pinned" BOOLEAN NOT NULL DEFAULT false,
    "manual" BOOLEAN NOT NULL DEFAULT false,
    "smeResponse" "MatchResponse" NOT NULL DEFAULT 'PENDING',
    "buyerResponse" "MatchResponse" NOT NULL DEFAULT 'PENDING',
    "staffNote" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Match_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Meeting" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "matchId" TEXT,
    "smeParticipantId" TEXT NOT NULL,
    "buyerParticipantId" TEXT NOT NULL,
    "status" "MeetingStatus" NOT NULL DEFAULT 'REQUESTED',
    "mustHappen" BOOLEAN NOT NULL DEFAULT false,
    "startsAt" TIMESTAMP(3),
    "endsAt" TIMESTAMP(3),
    "tableNumber" INTEGER,
    "outcome" "MeetingOutcome",
    "dealValueRupiah" BIGINT,
    "notes" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" BIGSERIAL NOT NULL,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT,
    "data" JSONB,
    "ip" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "User_role_status_idx" ON "User"("role", "status");

-- CreateIndex
CREATE INDEX "User_buyerOrganizationId_idx" ON "User"("buyerOrganizationId");

-- CreateIndex
CREATE INDEX "User_partnerOrganizationId_idx" ON "User"("partnerOrganizationId");

-- CreateIndex
CREATE UNIQUE INDEX "PartnerOrganization_slug_key" ON "PartnerOrganization"("slug");

-- CreateIndex
CREATE INDEX "Kbli_parentId_idx" ON "Kbli"("parentId");

-- CreateIndex
CREATE INDEX "Kbli_version_level_idx" ON "Kbli"("version", "level");

-- CreateIndex
CREATE UNIQUE INDEX "Kbli_version_code_key" ON "Kbli"("version", "code");

-- CreateIndex
CREATE UNIQUE INDEX "Kecamatan_name_key" ON "Kecamatan"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Kelurahan_kecamatanCode_name_key" ON "Kelurahan"("kecamatanCode", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Sentra_slug_key" ON "Sentra"("slug");

-- CreateIndex
CREATE INDEX "Sentra_kecamatanCode_idx" ON "Sentra"("kecamatanCode");

-- CreateIndex
CREATE UNIQUE INDEX "Enterprise_slug_key" ON "Enterprise"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Enterprise_ownerId_key" ON "Enterprise"("ownerId");

-- CreateIndex
CREATE UNIQUE INDEX "Enterprise_nib_key" ON "Enterprise"("nib");

-- CreateIndex
CREATE INDEX "Enterprise_status_kecamatanCode_idx" ON "Enterprise"("status", "kecamatanCode");

-- CreateIndex
CREATE INDEX "Enterprise_primaryKbliId_idx" ON "Enterprise"("primaryKbliId");

-- CreateIndex
CREATE INDEX "Enterprise_sentraId_idx" ON "Enterprise"("sentraId");

-- CreateIndex
CREATE INDEX "Enterprise_kelurahanCode_idx" ON "Enterprise"("kelurahanCode");

-- CreateIndex
CREATE INDEX "EnterpriseKbli_kbliId_idx" ON "EnterpriseKbli"("kbliId");

-- CreateIndex
CREATE INDEX "Certificate_type_expiresAt_idx" ON "Certificate"("type", "expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "Certificate_enterpriseId_type_number_key" ON "Certificate"("enterpriseId", "type", "number");

-- CreateIndex
CREATE UNIQUE INDEX "Product_slug_key" ON "Product"("slug");

-- CreateIndex
CREATE INDEX "Product_enterpriseId_idx" ON "Product"("enterpriseId");

-- CreateIndex
CREATE INDEX "Product_status_kbliId_idx" ON "Product"("status", "kbliId");

-- CreateIndex
CREATE UNIQUE INDEX "BuyerOrganization_slug_key" ON "BuyerOrganization"("slug");

-- CreateIndex
CREATE INDEX "BuyerOrganization_kind_idx" ON "BuyerOrganization"("kind");

-- CreateIndex
CREATE INDEX "BuyerKbli_kbliId_idx" ON "BuyerKbli"("kbliId");

-- CreateIndex
CREATE INDEX "SourcingRequest_status_kbliId_idx" ON "SourcingRequest"("status", "kbliId");

-- CreateIndex
CREATE INDEX "SourcingRequest_buyerId_idx" ON "SourcingRequest"("buyerId");

-- CreateIndex
CREATE UNIQUE INDEX "Event_slug_key" ON "Event"("slug");

-- CreateIndex
CREATE INDEX "Event_status_startsAt_idx" ON "Event"("status", "startsAt");

-- CreateIndex
CREATE INDEX "EventParticipant_eventId_kind_status_idx" ON "EventParticipant"("eventId", "kind", "status");

-- CreateIndex
CREATE UNIQUE INDEX "EventParticipant_eventId_enterpriseId_key" ON "EventParticipant"("eventId", "enterpriseId");

-- CreateIndex
CREATE UNIQUE INDEX "EventParticipant_eventId_buyerId_key" ON "EventParticipant"("eventId", "buyerId");

-- CreateIndex
CREATE UNIQUE INDEX "EventParticipant_eventId_partnerOrganizationId_key" ON "EventParticipant"("eventId", "partnerOrganizationId");

-- CreateIndex
CREATE INDEX "Match_eventId_status_score_idx" ON "Match"("eventId", "status", "score");

-- CreateIndex
CREATE INDEX "Match_enterpriseId_idx" ON "Match"("enterpriseId");

-- CreateIndex
CREATE INDEX "Match_buyerId_idx" ON "Match"("buyerId");

-- CreateIndex
CREATE INDEX "Match_sourcingRequestId_idx" ON "Match"("sourcingRequestId");

-- CreateIndex
CREATE INDEX "Meeting_smeParticipantId_startsAt_idx" ON "Meeting"("smeParticipantId", "startsAt");

-- CreateIndex
CREATE INDEX "Meeting_buyerParticipantId_startsAt_idx" ON "Meeting"("buyerParticipantId", "startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "Meeting_eventId_startsAt_tableNumber_key" ON "Meeting"("eventId", "startsAt", "tableNumber");

-- CreateIndex
CREATE UNIQUE INDEX "Meeting_eventId_smeParticipantId_buyerParticipantId_key" ON "Meeting"("eventId", "smeParticipantId", "buyerParticipantId");

-- CreateIndex
CREATE INDEX "AuditLog_createdAt_idx" ON "AuditLog"("createdAt");

-- CreateIndex
CREATE INDEX "AuditLog_entityType_entityId_idx" ON "AuditLog"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditLog_actorId_createdAt_idx" ON "AuditLog"("actorId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditLog_action_createdAt_idx" ON "AuditLog"("action", "createdAt");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_buyerOrganizationId_fkey" FOREIGN KEY ("buyerOrganizationId") REFERENCES "BuyerOrganization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_partnerOrganizationId_fkey" FOREIGN KEY ("partnerOrganizationId") REFERENCES "PartnerOrganization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Kbli" ADD CONSTRAINT "Kbli_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Kbli"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Kelurahan" ADD CONSTRAINT "Kelurahan_kecamatanCode_fkey" FOREIGN KEY ("kecamatanCode") REFERENCES "Kecamatan"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Sentra" ADD CONSTRAINT "Sentra_kecamatanCode_fkey" FOREIGN KEY ("kecamatanCode") REFERENCES "Kecamatan"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Sentra" ADD CONSTRAINT "Sentra_kbliId_fkey" FOREIGN KEY ("kbliId") REFERENCES "Kbli"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Enterprise" ADD CONSTRAINT "Enterprise_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Enterprise" ADD CONSTRAINT "Enterprise_kecamatanCode_fkey" FOREIGN KEY ("kecamatanCode") REFERENCES "Kecamatan"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Enterprise" ADD CONSTRAINT "Enterprise_kelurahanCode_fkey" FOREIGN KEY ("kelurahanCode") REFERENCES "Kelurahan"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Enterprise" ADD CONSTRAINT "Enterprise_sentraId_fkey" FOREIGN KEY ("sentraId") REFERENCES "Sentra"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Enterprise" ADD CONSTRAINT "Enterprise_primaryKbliId_fkey" FOREIGN KEY ("primaryKbliId") REFERENCES "Kbli"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EnterpriseKbli" ADD CONSTRAINT "EnterpriseKbli_enterpriseId_fkey" FOREIGN KEY ("enterpriseId") REFERENCES "Enterprise"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EnterpriseKbli" ADD CONSTRAINT "EnterpriseKbli_kbliId_fkey" FOREIGN KEY ("kbliId") REFERENCES "Kbli"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Certificate" ADD CONSTRAINT "Certificate_enterpriseId_fkey" FOREIGN KEY ("enterpriseId") REFERENCES "Enterprise"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Product" ADD CONSTRAINT "Product_enterpriseId_fkey" FOREIGN KEY ("enterpriseId") REFERENCES "Enterprise"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Product" ADD CONSTRAINT "Product_kbliId_fkey" FOREIGN KEY ("kbliId") REFERENCES "Kbli"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BuyerKbli" ADD CONSTRAINT "BuyerKbli_buyerId_fkey" FOREIGN KEY ("buyerId") REFERENCES "BuyerOrganization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BuyerKbli" ADD CONSTRAINT "BuyerKbli_kbliId_fkey" FOREIGN KEY ("kbliId") REFERENCES "Kbli"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SourcingRequest" ADD CONSTRAINT "SourcingRequest_buyerId_fkey" FOREIGN KEY ("buyerId") REFERENCES "BuyerOrganization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SourcingRequest" ADD CONSTRAINT "SourcingRequest_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SourcingRequest" ADD CONSTRAINT "SourcingRequest_kbliId_fkey" FOREIGN KEY ("kbliId") REFERENCES "Kbli"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventParticipant" ADD CONSTRAINT "EventParticipant_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventParticipant" ADD CONSTRAINT "EventParticipant_enterpriseId_fkey" FOREIGN KEY ("enterpriseId") REFERENCES "Enterprise"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventParticipant" ADD CONSTRAINT "EventParticipant_buyerId_fkey" FOREIGN KEY ("buyerId") REFERENCES "BuyerOrganization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventParticipant" ADD CONSTRAINT "EventParticipant_partnerOrganizationId_fkey" FOREIGN KEY ("partnerOrganizationId") REFERENCES "PartnerOrganization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Match" ADD CONSTRAINT "Match_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Match" ADD CONSTRAINT "Match_enterpriseId_fkey" FOREIGN KEY ("enterpriseId") REFERENCES "Enterprise"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Match" ADD CONSTRAINT "Match_buyerId_fkey" FOREIGN KEY ("buyerId") REFERENCES "BuyerOrganization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Match" ADD CONSTRAINT "Match_sourcingRequestId_fkey" FOREIGN KEY ("sourcingRequestId") REFERENCES "SourcingRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_matchId_fkey" FOREIGN KEY ("matchId") REFERENCES "Match"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_smeParticipantId_fkey" FOREIGN KEY ("smeParticipantId") REFERENCES "EventParticipant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_buyerParticipantId_fkey" FOREIGN KEY ("buyerParticipantId") REFERENCES "EventParticipant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Constraints Prisma's schema language cannot express (kept by later `db:migrate:new` runs:
-- the schema engine does not manage CHECK constraints).
ALTER TABLE "User" ADD CONSTRAINT "user_email_lowercase" CHECK ("email" = lower("email"));

ALTER TABLE "EventParticipant" ADD CONSTRAINT "event_participant_party" CHECK (
  ("kind" = 'SME' AND "enterpriseId" IS NOT NULL AND "buyerId" IS NULL AND "partnerOrganizationId" IS NULL) OR
  ("kind" = 'BUYER' AND "buyerId" IS NOT NULL AND "enterpriseId" IS NULL AND "partnerOrganizationId" IS NULL) OR
  ("kind" = 'PARTNER' AND "partnerOrganizationId" IS NOT NULL AND "enterpriseId" IS NULL AND "buyerId" IS NULL)
);

ALTER TABLE "Product" ADD CONSTRAINT "product_hs_code_digits" CHECK ("hsCode" IS NULL OR "hsCode" ~ '^[0-9]{8}$');
ALTER TABLE "Product" ADD CONSTRAINT "product_price_range" CHECK (
  ("priceMinRupiah" IS NULL OR "priceMinRupiah" >= 0) AND
  ("priceMinRupiah" IS NULL OR "priceMaxRupiah" IS NULL OR "priceMinRupiah" <= "priceMaxRupiah")
);
ALTER TABLE "Product" ADD CONSTRAINT "product_quantities_positive" CHECK (
  ("minOrder" IS NULL OR "minOrder" > 0) AND ("monthlyCapacity" IS NULL OR "monthlyCapacity" >= 0) AND
  ("leadTimeDays" IS NULL OR "leadTimeDays" >= 0)
);
ALTER TABLE "SourcingRequest" ADD CONSTRAINT "sourcing_request_quantity_positive" CHECK ("quantityPerMonth" > 0);
ALTER TABLE "SourcingRequest" ADD CONSTRAINT "sourcing_request_price_range" CHECK (
  "targetPriceMinRupiah" IS NULL OR "targetPriceMaxRupiah" IS NULL OR "targetPriceMinRupiah" <= "targetPriceMaxRupiah"
);
ALTER TABLE "Certificate" ADD CONSTRAINT "certificate_dates" CHECK ("issuedAt" IS NULL OR "expiresAt" IS NULL OR "issuedAt" <= "expiresAt");
ALTER TABLE "Event" ADD CONSTRAINT "event_dates" CHECK ("startsAt" < "endsAt");
ALTER TABLE "Event" ADD CONSTRAINT "event_slot_minutes" CHECK ("slotMinutes" IN (15, 20, 30) AND "tableCount" > 0);
ALTER TABLE "Match" ADD CONSTRAINT "match_score_range" CHECK ("score" BETWEEN 0 AND 100);
ALTER TABLE "Meeting" ADD CONSTRAINT "meeting_times" CHECK ("startsAt" IS NULL OR "endsAt" IS NULL OR "startsAt" < "endsAt");
ALTER TABLE "Meeting" ADD CONSTRAINT "meeting_deal_value" CHECK ("dealValueRupiah" IS NULL OR "dealValueRupiah" >= 0);
ALTER TABLE "Enterprise" ADD CONSTRAINT "enterprise_figures" CHECK (
  ("workforce" IS NULL OR "workforce" >= 0) AND ("capitalRupiah" IS NULL OR "capitalRupiah" >= 0) AND
  ("annualSalesRupiah" IS NULL OR "annualSalesRupiah" >= 0) AND ("monthlyCapacity" IS NULL OR "monthlyCapacity" >= 0)
);
