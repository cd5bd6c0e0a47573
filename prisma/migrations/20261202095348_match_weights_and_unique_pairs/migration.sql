/*
  Warnings:

  - A unique constraint covering the columns `[eventId,enterpriseId,buyerId,sourcingRequestId]` on the table `Match` will be added. If there are existing duplicate values, this will fail.

*/
-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "matchWeights" JSONB;

-- CreateIndex
-- NULLS NOT DISTINCT (PostgreSQL 15+): a city-wide match (no event) or a profile match (no
-- sourcing request) is unique per pair too. schema.prisma cannot say so, the index name matches.
CREATE UNIQUE INDEX "Match_scope_pair_key" ON "Match"("eventId", "enterpriseId", "buyerId", "sourcingRequestId") NULLS NOT DISTINCT;
