-- AlterTable
ALTER TABLE "Enterprise" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "EnterprisePhoto" ADD COLUMN     "pendingReview" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Product" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "EnterprisePendingChange" (
    "id" TEXT NOT NULL,
    "enterpriseId" TEXT NOT NULL,
    "fields" JSONB NOT NULL,
    "submittedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EnterprisePendingChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "EnterprisePendingChange_enterpriseId_key" ON "EnterprisePendingChange"("enterpriseId");

-- AddForeignKey
ALTER TABLE "EnterprisePendingChange" ADD CONSTRAINT "EnterprisePendingChange_enterpriseId_fkey" FOREIGN KEY ("enterpriseId") REFERENCES "Enterprise"("id") ON DELETE CASCADE ON UPDATE CASCADE;
