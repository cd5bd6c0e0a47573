-- CreateEnum
CREATE TYPE "InquiryStatus" AS ENUM ('OPEN', 'CLOSED');

-- CreateEnum
CREATE TYPE "InquirySide" AS ENUM ('BUYER', 'SME', 'STAFF');

-- CreateEnum
CREATE TYPE "SourcingOfferStatus" AS ENUM ('SUBMITTED', 'WITHDRAWN');

-- AlterTable
ALTER TABLE "SourcingRequest" ADD COLUMN     "closedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "ShortlistItem" (
    "id" TEXT NOT NULL,
    "buyerId" TEXT NOT NULL,
    "addedById" TEXT,
    "productId" TEXT,
    "enterpriseId" TEXT,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ShortlistItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Inquiry" (
    "id" TEXT NOT NULL,
    "buyerId" TEXT NOT NULL,
    "createdById" TEXT,
    "enterpriseId" TEXT NOT NULL,
    "productId" TEXT,
    "subject" TEXT NOT NULL,
    "status" "InquiryStatus" NOT NULL DEFAULT 'OPEN',
    "lastMessageAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Inquiry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InquiryMessage" (
    "id" TEXT NOT NULL,
    "inquiryId" TEXT NOT NULL,
    "authorId" TEXT,
    "side" "InquirySide" NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InquiryMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SourcingOffer" (
    "id" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "enterpriseId" TEXT NOT NULL,
    "createdById" TEXT,
    "priceRupiah" BIGINT NOT NULL,
    "unit" TEXT NOT NULL,
    "minOrder" INTEGER NOT NULL,
    "monthlyCapacity" INTEGER,
    "leadTimeDays" INTEGER NOT NULL,
    "sampleAvailable" BOOLEAN NOT NULL DEFAULT false,
    "message" TEXT,
    "status" "SourcingOfferStatus" NOT NULL DEFAULT 'SUBMITTED',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SourcingOffer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SourcingRequestForward" (
    "requestId" TEXT NOT NULL,
    "enterpriseId" TEXT NOT NULL,
    "forwardedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SourcingRequestForward_pkey" PRIMARY KEY ("requestId","enterpriseId")
);

-- CreateIndex
CREATE INDEX "ShortlistItem_buyerId_createdAt_idx" ON "ShortlistItem"("buyerId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ShortlistItem_buyerId_productId_key" ON "ShortlistItem"("buyerId", "productId");

-- CreateIndex
CREATE UNIQUE INDEX "ShortlistItem_buyerId_enterpriseId_key" ON "ShortlistItem"("buyerId", "enterpriseId");

-- CreateIndex
CREATE INDEX "Inquiry_buyerId_lastMessageAt_idx" ON "Inquiry"("buyerId", "lastMessageAt");

-- CreateIndex
CREATE INDEX "Inquiry_enterpriseId_lastMessageAt_idx" ON "Inquiry"("enterpriseId", "lastMessageAt");

-- CreateIndex
CREATE INDEX "Inquiry_status_lastMessageAt_idx" ON "Inquiry"("status", "lastMessageAt");

-- CreateIndex
CREATE INDEX "InquiryMessage_inquiryId_createdAt_idx" ON "InquiryMessage"("inquiryId", "createdAt");

-- CreateIndex
CREATE INDEX "SourcingOffer_enterpriseId_idx" ON "SourcingOffer"("enterpriseId");

-- CreateIndex
CREATE UNIQUE INDEX "SourcingOffer_requestId_enterpriseId_key" ON "SourcingOffer"("requestId", "enterpriseId");

-- CreateIndex
CREATE INDEX "SourcingRequestForward_enterpriseId_idx" ON "SourcingRequestForward"("enterpriseId");

-- AddForeignKey
ALTER TABLE "ShortlistItem" ADD CONSTRAINT "ShortlistItem_buyerId_fkey" FOREIGN KEY ("buyerId") REFERENCES "BuyerOrganization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShortlistItem" ADD CONSTRAINT "ShortlistItem_addedById_fkey" FOREIGN KEY ("addedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShortlistItem" ADD CONSTRAINT "ShortlistItem_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShortlistItem" ADD CONSTRAINT "ShortlistItem_enterpriseId_fkey" FOREIGN KEY ("enterpriseId") REFERENCES "Enterprise"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Inquiry" ADD CONSTRAINT "Inquiry_buyerId_fkey" FOREIGN KEY ("buyerId") REFERENCES "BuyerOrganization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Inquiry" ADD CONSTRAINT "Inquiry_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Inquiry" ADD CONSTRAINT "Inquiry_enterpriseId_fkey" FOREIGN KEY ("enterpriseId") REFERENCES "Enterprise"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Inquiry" ADD CONSTRAINT "Inquiry_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InquiryMessage" ADD CONSTRAINT "InquiryMessage_inquiryId_fkey" FOREIGN KEY ("inquiryId") REFERENCES "Inquiry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InquiryMessage" ADD CONSTRAINT "InquiryMessage_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SourcingOffer" ADD CONSTRAINT "SourcingOffer_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "SourcingRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SourcingOffer" ADD CONSTRAINT "SourcingOffer_enterpriseId_fkey" FOREIGN KEY ("enterpriseId") REFERENCES "Enterprise"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SourcingOffer" ADD CONSTRAINT "SourcingOffer_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SourcingRequestForward" ADD CONSTRAINT "SourcingRequestForward_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "SourcingRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SourcingRequestForward" ADD CONSTRAINT "SourcingRequestForward_enterpriseId_fkey" FOREIGN KEY ("enterpriseId") REFERENCES "Enterprise"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SourcingRequestForward" ADD CONSTRAINT "SourcingRequestForward_forwardedById_fkey" FOREIGN KEY ("forwardedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Hand-written (the schema engine does not manage CHECK constraints).
ALTER TABLE "ShortlistItem" ADD CONSTRAINT "shortlist_item_target" CHECK (("productId" IS NULL) <> ("enterpriseId" IS NULL));
ALTER TABLE "SourcingOffer" ADD CONSTRAINT "sourcing_offer_figures" CHECK (
  "priceRupiah" >= 0 AND "minOrder" > 0 AND "leadTimeDays" >= 0 AND ("monthlyCapacity" IS NULL OR "monthlyCapacity" >= 0)
);
