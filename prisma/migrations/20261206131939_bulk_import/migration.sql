-- CreateEnum
CREATE TYPE "ImportKind" AS ENUM ('smes', 'products', 'buyers');

-- CreateEnum
CREATE TYPE "ImportBatchStatus" AS ENUM ('QUEUED', 'RUNNING', 'DONE', 'FAILED');

-- CreateTable
CREATE TABLE "ImportBatch" (
    "id" TEXT NOT NULL,
    "kind" "ImportKind" NOT NULL,
    "fileName" TEXT NOT NULL,
    "fileKey" TEXT NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "mapping" JSONB NOT NULL,
    "decisions" JSONB NOT NULL,
    "targetStatus" "CurationStatus" NOT NULL DEFAULT 'DRAFT',
    "actorId" TEXT,
    "status" "ImportBatchStatus" NOT NULL DEFAULT 'QUEUED',
    "total" INTEGER NOT NULL DEFAULT 0,
    "processed" INTEGER NOT NULL DEFAULT 0,
    "invalid" INTEGER NOT NULL DEFAULT 0,
    "created" INTEGER NOT NULL DEFAULT 0,
    "updated" INTEGER NOT NULL DEFAULT 0,
    "unchanged" INTEGER NOT NULL DEFAULT 0,
    "failure" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "ImportBatch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImportedRecord" (
    "id" TEXT NOT NULL,
    "kind" "ImportKind" NOT NULL,
    "entityId" TEXT NOT NULL,
    "matchKey" TEXT NOT NULL,
    "values" JSONB NOT NULL,
    "batchId" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ImportedRecord_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ImportBatch_createdAt_idx" ON "ImportBatch"("createdAt");

-- CreateIndex
CREATE INDEX "ImportedRecord_kind_matchKey_idx" ON "ImportedRecord"("kind", "matchKey");

-- CreateIndex
CREATE UNIQUE INDEX "ImportedRecord_kind_entityId_key" ON "ImportedRecord"("kind", "entityId");

-- AddForeignKey
ALTER TABLE "ImportBatch" ADD CONSTRAINT "ImportBatch_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- New enterprises of an import start as drafts or submitted for curation, nothing else.
ALTER TABLE "ImportBatch" ADD CONSTRAINT "ImportBatch_targetStatus_check" CHECK ("targetStatus" IN ('DRAFT', 'SUBMITTED'));
ALTER TABLE "ImportBatch" ADD CONSTRAINT "ImportBatch_processed_check" CHECK ("processed" >= 0 AND "processed" <= "total");
