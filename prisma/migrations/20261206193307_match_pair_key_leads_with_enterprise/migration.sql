-- The unique pair key of Match leads with the enterprise, and the enterprise's own index goes:
-- the key serves what that index served (an SME's own matches, the cascade from a deleted
-- enterprise, a pair looked up in an event), and a matching run, which writes some 35,000 rows
-- at once, maintains one index less (about 60 ms of PostgreSQL's CPU at 20k x 2k). ON CONFLICT
-- names the same four columns, in any order. NULLS NOT DISTINCT as before (Prisma does not
-- write it), so city-wide matches (no event) and profile matches (no request) stay unique.

-- DropIndex
DROP INDEX "Match_enterpriseId_idx";

-- DropIndex
DROP INDEX "Match_scope_pair_key";

-- CreateIndex
CREATE UNIQUE INDEX "Match_scope_pair_key" ON "Match"("enterpriseId", "eventId", "buyerId", "sourcingRequestId") NULLS NOT DISTINCT;
