-- CreateEnum
CREATE TYPE "ConsortiumStatus" AS ENUM ('PROPOSED', 'APPROVED', 'VETOED');

-- CreateTable
CREATE TABLE "Consortium" (
    "id" TEXT NOT NULL,
    "eventId" TEXT,
    "buyerId" TEXT NOT NULL,
    "sourcingRequestId" TEXT,
    "memberKey" TEXT NOT NULL,
    "rank" INTEGER NOT NULL,
    "score" INTEGER NOT NULL,
    "quantityPerMonth" INTEGER NOT NULL,
    "unit" TEXT NOT NULL,
    "combinedCapacity" INTEGER NOT NULL,
    "productLine" TEXT NOT NULL,
    "explanation" JSONB NOT NULL,
    "status" "ConsortiumStatus" NOT NULL DEFAULT 'PROPOSED',
    "edited" BOOLEAN NOT NULL DEFAULT false,
    "buyerResponse" "MatchResponse" NOT NULL DEFAULT 'PENDING',
    "leadEnterpriseId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Consortium_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsortiumMember" (
    "id" TEXT NOT NULL,
    "consortiumId" TEXT NOT NULL,
    "enterpriseId" TEXT NOT NULL,
    "share" INTEGER NOT NULL,
    "capacity" INTEGER NOT NULL,
    "pairScore" INTEGER NOT NULL,
    "response" "MatchResponse" NOT NULL DEFAULT 'PENDING',
    "respondedAt" TIMESTAMP(3),

    CONSTRAINT "ConsortiumMember_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Consortium_eventId_status_score_idx" ON "Consortium"("eventId", "status", "score");

-- CreateIndex
CREATE INDEX "Consortium_buyerId_idx" ON "Consortium"("buyerId");

-- CreateIndex
CREATE INDEX "Consortium_sourcingRequestId_idx" ON "Consortium"("sourcingRequestId");

-- CreateIndex
CREATE INDEX "Consortium_leadEnterpriseId_idx" ON "Consortium"("leadEnterpriseId");

-- CreateIndex
-- NULLS NOT DISTINCT, as for Match: a city-wide proposal (no event) or a profile proposal (no
-- sourcing request) is unique per member set too. schema.prisma cannot say so, the index name matches.
CREATE UNIQUE INDEX "Consortium_scope_members_key" ON "Consortium"("eventId", "buyerId", "sourcingRequestId", "memberKey") NULLS NOT DISTINCT;

-- CreateIndex
CREATE INDEX "ConsortiumMember_enterpriseId_idx" ON "ConsortiumMember"("enterpriseId");

-- CreateIndex
CREATE UNIQUE INDEX "ConsortiumMember_consortiumId_enterpriseId_key" ON "ConsortiumMember"("consortiumId", "enterpriseId");

-- AddForeignKey
ALTER TABLE "Consortium" ADD CONSTRAINT "Consortium_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consortium" ADD CONSTRAINT "Consortium_buyerId_fkey" FOREIGN KEY ("buyerId") REFERENCES "BuyerOrganization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consortium" ADD CONSTRAINT "Consortium_sourcingRequestId_fkey" FOREIGN KEY ("sourcingRequestId") REFERENCES "SourcingRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consortium" ADD CONSTRAINT "Consortium_leadEnterpriseId_fkey" FOREIGN KEY ("leadEnterpriseId") REFERENCES "Enterprise"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsortiumMember" ADD CONSTRAINT "ConsortiumMember_consortiumId_fkey" FOREIGN KEY ("consortiumId") REFERENCES "Consortium"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsortiumMember" ADD CONSTRAINT "ConsortiumMember_enterpriseId_fkey" FOREIGN KEY ("enterpriseId") REFERENCES "Enterprise"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Shares are whole units within each member capacity, and the volume is positive and covered.
ALTER TABLE "ConsortiumMember" ADD CONSTRAINT "ConsortiumMember_share_within_capacity" CHECK ("share" >= 0 AND "share" <= "capacity");
ALTER TABLE "Consortium" ADD CONSTRAINT "Consortium_volume_covered" CHECK ("quantityPerMonth" > 0 AND "combinedCapacity" >= "quantityPerMonth");
