/*
  Warnings:

  - A unique constraint covering the columns `[checkInCode]` on the table `EventParticipant` will be added. If there are existing duplicate values, this will fail.

*/
-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "pendingRequestLimit" INTEGER NOT NULL DEFAULT 10,
ADD COLUMN     "requestExpiryHours" INTEGER NOT NULL DEFAULT 72,
ADD COLUMN     "schedulePublishedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "EventParticipant" ADD COLUMN     "applicationNote" TEXT,
ADD COLUMN     "checkInCode" TEXT,
ADD COLUMN     "decidedAt" TIMESTAMP(3),
ADD COLUMN     "unavailableSlots" TIMESTAMP(3)[];

-- AlterTable
ALTER TABLE "Meeting" ADD COLUMN     "buyerOutcome" "MeetingOutcome",
ADD COLUMN     "buyerValueRupiah" BIGINT,
ADD COLUMN     "expiresAt" TIMESTAMP(3),
ADD COLUMN     "followUpRemindedAt" TIMESTAMP(3),
ADD COLUMN     "outcomeAt" TIMESTAMP(3),
ADD COLUMN     "placedByStaff" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "requestedById" TEXT,
ADD COLUMN     "respondedAt" TIMESTAMP(3),
ADD COLUMN     "smeOutcome" "MeetingOutcome",
ADD COLUMN     "smeValueRupiah" BIGINT;

-- CreateTable
CREATE TABLE "EventSession" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EventSession_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "EventSession_eventId_startsAt_idx" ON "EventSession"("eventId", "startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "EventParticipant_checkInCode_key" ON "EventParticipant"("checkInCode");

-- CreateIndex
CREATE INDEX "Meeting_eventId_status_idx" ON "Meeting"("eventId", "status");

-- CreateIndex
CREATE INDEX "Meeting_outcome_outcomeAt_idx" ON "Meeting"("outcome", "outcomeAt");

-- AddForeignKey
ALTER TABLE "EventSession" ADD CONSTRAINT "EventSession_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "EventParticipant"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Constraints schema.prisma cannot express (hand-written).
ALTER TABLE "EventSession" ADD CONSTRAINT "event_session_times" CHECK ("startsAt" < "endsAt");
ALTER TABLE "Event" ADD CONSTRAINT "event_request_settings" CHECK ("pendingRequestLimit" > 0 AND "requestExpiryHours" > 0);
ALTER TABLE "Meeting" ADD CONSTRAINT "meeting_placement" CHECK (("startsAt" IS NULL) = ("endsAt" IS NULL) AND ("startsAt" IS NULL) = ("tableNumber" IS NULL) AND ("tableNumber" IS NULL OR "tableNumber" > 0));
ALTER TABLE "Meeting" ADD CONSTRAINT "meeting_side_values" CHECK (("smeValueRupiah" IS NULL OR "smeValueRupiah" >= 0) AND ("buyerValueRupiah" IS NULL OR "buyerValueRupiah" >= 0));

-- No participant in two meetings at once, whatever the code does and however many staff edit
-- the schedule at the same moment: a placed meeting's time range may not overlap another placed
-- meeting of the same SME or the same buyer. btree_gist gives GiST the equality on text ids.
CREATE EXTENSION IF NOT EXISTS btree_gist;
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_sme_no_overlap" EXCLUDE USING gist ("smeParticipantId" WITH =, tsrange("startsAt", "endsAt") WITH &&) WHERE ("startsAt" IS NOT NULL AND "status" IN ('SCHEDULED', 'HELD', 'NO_SHOW'));
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_buyer_no_overlap" EXCLUDE USING gist ("buyerParticipantId" WITH =, tsrange("startsAt", "endsAt") WITH &&) WHERE ("startsAt" IS NOT NULL AND "status" IN ('SCHEDULED', 'HELD', 'NO_SHOW'));
