-- CreateEnum
CREATE TYPE "EnterprisePhotoKind" AS ENUM ('LOGO', 'PHOTO');

-- AlterTable
ALTER TABLE "Enterprise" ADD COLUMN     "assistedAt" TIMESTAMP(3),
ADD COLUMN     "assistedById" TEXT,
ADD COLUMN     "facebook" TEXT,
ADD COLUMN     "marketplaceUrl" TEXT,
ADD COLUMN     "tiktok" TEXT;

-- AlterTable
ALTER TABLE "Product" ADD COLUMN     "curationGrade" "CurationGrade",
ADD COLUMN     "verifiedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "ProductPhoto" (
    "id" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "largeKey" TEXT NOT NULL,
    "smallKey" TEXT NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProductPhoto_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProductCertificate" (
    "productId" TEXT NOT NULL,
    "certificateId" TEXT NOT NULL,

    CONSTRAINT "ProductCertificate_pkey" PRIMARY KEY ("productId","certificateId")
);

-- CreateTable
CREATE TABLE "EnterprisePhoto" (
    "id" TEXT NOT NULL,
    "enterpriseId" TEXT NOT NULL,
    "kind" "EnterprisePhotoKind" NOT NULL,
    "largeKey" TEXT NOT NULL,
    "smallKey" TEXT NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EnterprisePhoto_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ProductPhoto_productId_sortOrder_idx" ON "ProductPhoto"("productId", "sortOrder");

-- CreateIndex
CREATE INDEX "ProductCertificate_certificateId_idx" ON "ProductCertificate"("certificateId");

-- CreateIndex
CREATE INDEX "EnterprisePhoto_enterpriseId_kind_sortOrder_idx" ON "EnterprisePhoto"("enterpriseId", "kind", "sortOrder");

-- CreateIndex
CREATE INDEX "Enterprise_assistedAt_idx" ON "Enterprise"("assistedAt");

-- AddForeignKey
ALTER TABLE "Enterprise" ADD CONSTRAINT "Enterprise_assistedById_fkey" FOREIGN KEY ("assistedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProductPhoto" ADD CONSTRAINT "ProductPhoto_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProductCertificate" ADD CONSTRAINT "ProductCertificate_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProductCertificate" ADD CONSTRAINT "ProductCertificate_certificateId_fkey" FOREIGN KEY ("certificateId") REFERENCES "Certificate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EnterprisePhoto" ADD CONSTRAINT "EnterprisePhoto_enterpriseId_fkey" FOREIGN KEY ("enterpriseId") REFERENCES "Enterprise"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Hand-written (the schema engine does not manage CHECK constraints or partial indexes).
ALTER TABLE "Enterprise" ADD CONSTRAINT "enterprise_capacity_not_negative" CHECK (
  ("monthlyCapacity" IS NULL OR "monthlyCapacity" >= 0) AND ("installedCapacity" IS NULL OR "installedCapacity" >= 0)
);
ALTER TABLE "ProductPhoto" ADD CONSTRAINT "product_photo_size" CHECK ("width" > 0 AND "height" > 0);
ALTER TABLE "EnterprisePhoto" ADD CONSTRAINT "enterprise_photo_size" CHECK ("width" > 0 AND "height" > 0);
-- At most one logo per enterprise.
CREATE UNIQUE INDEX "enterprise_photo_one_logo" ON "EnterprisePhoto"("enterpriseId") WHERE "kind" = 'LOGO';
