-- CreateTable
CREATE TABLE "ConsortiumMeetingRequest" (
    "id" TEXT NOT NULL,
    "consortiumId" TEXT NOT NULL,
    "buyerId" TEXT NOT NULL,
    "memberIds" TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConsortiumMeetingRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ConsortiumMeetingRequest_consortiumId_key" ON "ConsortiumMeetingRequest"("consortiumId");

-- CreateIndex
CREATE INDEX "ConsortiumMeetingRequest_createdAt_idx" ON "ConsortiumMeetingRequest"("createdAt");

-- AddForeignKey
ALTER TABLE "ConsortiumMeetingRequest" ADD CONSTRAINT "ConsortiumMeetingRequest_consortiumId_fkey" FOREIGN KEY ("consortiumId") REFERENCES "Consortium"("id") ON DELETE CASCADE ON UPDATE CASCADE;
