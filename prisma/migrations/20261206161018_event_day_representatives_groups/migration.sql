/*
  Warnings:

  - A unique constraint covering the columns `[eventId,smeParticipantId,buyerParticipantId,groupKey]` on the table `Meeting` will be added. If there are existing duplicate values, this will fail.

*/
-- CreateEnum
CREATE TYPE "MeetingSeatRole" AS ENUM ('SIDE', 'MEMBER');

-- DropIndex
DROP INDEX "Meeting_eventId_smeParticipantId_buyerParticipantId_key";

-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "representativeLimit" INTEGER NOT NULL DEFAULT 3,
ADD COLUMN     "tableSeats" INTEGER NOT NULL DEFAULT 6;

-- AlterTable
ALTER TABLE "Meeting" ADD COLUMN     "consortiumId" TEXT,
ADD COLUMN     "groupKey" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "walkIn" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "EventRepresentative" (
    "id" TEXT NOT NULL,
    "participantId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT,
    "phone" TEXT,
    "email" TEXT,
    "checkInCode" TEXT,
    "checkedInAt" TIMESTAMP(3),
    "noShowAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EventRepresentative_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingSeat" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "participantId" TEXT NOT NULL,
    "role" "MeetingSeatRole" NOT NULL DEFAULT 'MEMBER',
    "representativeId" TEXT,
    "startsAt" TIMESTAMP(3),
    "endsAt" TIMESTAMP(3),
    "active" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "MeetingSeat_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "EventRepresentative_checkInCode_key" ON "EventRepresentative"("checkInCode");

-- CreateIndex
CREATE UNIQUE INDEX "EventRepresentative_participantId_position_key" ON "EventRepresentative"("participantId", "position");

-- CreateIndex
CREATE INDEX "MeetingSeat_participantId_startsAt_idx" ON "MeetingSeat"("participantId", "startsAt");

-- CreateIndex
CREATE INDEX "MeetingSeat_representativeId_startsAt_idx" ON "MeetingSeat"("representativeId", "startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "MeetingSeat_meetingId_participantId_key" ON "MeetingSeat"("meetingId", "participantId");

-- CreateIndex
CREATE UNIQUE INDEX "Meeting_eventId_smeParticipantId_buyerParticipantId_groupKe_key" ON "Meeting"("eventId", "smeParticipantId", "buyerParticipantId", "groupKey");

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_consortiumId_fkey" FOREIGN KEY ("consortiumId") REFERENCES "Consortium"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventRepresentative" ADD CONSTRAINT "EventRepresentative_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "EventParticipant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingSeat" ADD CONSTRAINT "MeetingSeat_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingSeat" ADD CONSTRAINT "MeetingSeat_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "EventParticipant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingSeat" ADD CONSTRAINT "MeetingSeat_representativeId_fkey" FOREIGN KEY ("representativeId") REFERENCES "EventRepresentative"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Hand-written (issue 20): representatives, meeting seats and the per-person no-overlap rule.
-- Function bodies are E'' strings with \073 for each semicolon: the driver adapter splits a
-- migration script at every semicolon.

-- Every participant has its first representative, whichever code made the participant.
CREATE FUNCTION "event_participant_first_representative"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  INSERT INTO "EventRepresentative" ("id", "participantId", "position", "updatedAt")
  VALUES (''rep'' || replace(gen_random_uuid()::text, ''-'', ''''), NEW."id", 1, CURRENT_TIMESTAMP)
  ON CONFLICT ("participantId", "position") DO NOTHING\073
  RETURN NULL\073
END ';
CREATE TRIGGER "EventParticipant_first_representative" AFTER INSERT ON "EventParticipant"
  FOR EACH ROW EXECUTE FUNCTION "event_participant_first_representative"();

INSERT INTO "EventRepresentative" ("id", "participantId", "position", "updatedAt")
SELECT 'rep' || replace(gen_random_uuid()::text, '-', ''), p."id", 1, CURRENT_TIMESTAMP FROM "EventParticipant" p
ON CONFLICT ("participantId", "position") DO NOTHING;

-- The representative who sits in a seat from starts to ends: the current one if still free then,
-- else the participant's first free one (those marked absent last), else the current or first one
-- (the exclusion constraint below then refuses the double booking).
CREATE FUNCTION "meeting_seat_representative"(participant TEXT, seat TEXT, current TEXT, starts TIMESTAMP(3), ends TIMESTAMP(3))
RETURNS TEXT LANGUAGE plpgsql AS E'
DECLARE chosen TEXT\073
BEGIN
  IF current IS NOT NULL AND NOT EXISTS (
    SELECT 1 FROM "MeetingSeat" o
    WHERE o."representativeId" = current AND o."active" AND o."id" <> seat AND tsrange(o."startsAt", o."endsAt") && tsrange(starts, ends)
  ) THEN
    RETURN current\073
  END IF\073
  SELECT r."id" INTO chosen FROM "EventRepresentative" r
  WHERE r."participantId" = participant AND NOT EXISTS (
    SELECT 1 FROM "MeetingSeat" o
    WHERE o."representativeId" = r."id" AND o."active" AND o."id" <> seat AND tsrange(o."startsAt", o."endsAt") && tsrange(starts, ends)
  )
  ORDER BY r."noShowAt" IS NOT NULL, r."position" LIMIT 1\073
  IF chosen IS NOT NULL THEN RETURN chosen\073 END IF\073
  IF current IS NOT NULL THEN RETURN current\073 END IF\073
  SELECT r."id" INTO chosen FROM "EventRepresentative" r WHERE r."participantId" = participant ORDER BY r."position" LIMIT 1\073
  RETURN chosen\073
END ';

-- A new seat takes its meeting's time and a free representative.
CREATE FUNCTION "meeting_seat_fill"() RETURNS trigger LANGUAGE plpgsql AS E'
DECLARE m RECORD\073
BEGIN
  SELECT "startsAt", "endsAt", "status" INTO m FROM "Meeting" WHERE "id" = NEW."meetingId"\073
  NEW."startsAt" := m."startsAt"\073
  NEW."endsAt" := m."endsAt"\073
  NEW."active" := m."startsAt" IS NOT NULL AND m."endsAt" IS NOT NULL AND m."status" IN (''SCHEDULED'', ''HELD'')\073
  IF NEW."active" THEN
    NEW."representativeId" := "meeting_seat_representative"(NEW."participantId", NEW."id", NEW."representativeId", m."startsAt", m."endsAt")\073
  END IF\073
  RETURN NEW\073
END ';
CREATE TRIGGER "MeetingSeat_fill" BEFORE INSERT ON "MeetingSeat"
  FOR EACH ROW EXECUTE FUNCTION "meeting_seat_fill"();

-- A meeting's two sides always have seats, and every seat follows the meeting's time and status.
CREATE FUNCTION "meeting_sync_seats"() RETURNS trigger LANGUAGE plpgsql AS E'
DECLARE
  seat RECORD\073
  is_active BOOLEAN := NEW."startsAt" IS NOT NULL AND NEW."endsAt" IS NOT NULL AND NEW."status" IN (''SCHEDULED'', ''HELD'')\073
BEGIN
  IF TG_OP = ''INSERT'' OR NEW."smeParticipantId" IS DISTINCT FROM OLD."smeParticipantId" OR NEW."buyerParticipantId" IS DISTINCT FROM OLD."buyerParticipantId" THEN
    DELETE FROM "MeetingSeat" WHERE "meetingId" = NEW."id" AND "role" = ''SIDE''
      AND "participantId" NOT IN (NEW."smeParticipantId", NEW."buyerParticipantId")\073
    INSERT INTO "MeetingSeat" ("id", "meetingId", "participantId", "role")
    VALUES (''seat'' || replace(gen_random_uuid()::text, ''-'', ''''), NEW."id", NEW."smeParticipantId", ''SIDE''),
           (''seat'' || replace(gen_random_uuid()::text, ''-'', ''''), NEW."id", NEW."buyerParticipantId", ''SIDE'')
    ON CONFLICT ("meetingId", "participantId") DO UPDATE SET "role" = ''SIDE''\073
    IF TG_OP = ''INSERT'' THEN
      RETURN NULL\073
    END IF\073
  ELSIF NEW."startsAt" IS NOT DISTINCT FROM OLD."startsAt" AND NEW."endsAt" IS NOT DISTINCT FROM OLD."endsAt"
    AND (NEW."status" IN (''SCHEDULED'', ''HELD'')) = (OLD."status" IN (''SCHEDULED'', ''HELD'')) THEN
    RETURN NULL\073
  END IF\073
  IF NOT is_active THEN
    UPDATE "MeetingSeat" SET "startsAt" = NEW."startsAt", "endsAt" = NEW."endsAt", "active" = false WHERE "meetingId" = NEW."id"\073
    RETURN NULL\073
  END IF\073
  FOR seat IN SELECT s."id", s."participantId", s."representativeId" FROM "MeetingSeat" s WHERE s."meetingId" = NEW."id" ORDER BY s."id" LOOP
    UPDATE "MeetingSeat" SET
      "startsAt" = NEW."startsAt",
      "endsAt" = NEW."endsAt",
      "active" = true,
      "representativeId" = "meeting_seat_representative"(seat."participantId", seat."id", seat."representativeId", NEW."startsAt", NEW."endsAt")
    WHERE "id" = seat."id"\073
  END LOOP\073
  RETURN NULL\073
END ';
CREATE TRIGGER "Meeting_sync_seats" AFTER INSERT OR UPDATE OF "startsAt", "endsAt", "status", "smeParticipantId", "buyerParticipantId" ON "Meeting"
  FOR EACH ROW EXECUTE FUNCTION "meeting_sync_seats"();

-- Seats for the meetings already there (they satisfy the old per-side rule, so each side's first
-- representative is free).
INSERT INTO "MeetingSeat" ("id", "meetingId", "participantId", "role")
SELECT 'seat' || replace(gen_random_uuid()::text, '-', ''), m."id", side."participantId", 'SIDE'
FROM "Meeting" m CROSS JOIN LATERAL (VALUES (m."smeParticipantId"), (m."buyerParticipantId")) AS side("participantId")
ON CONFLICT ("meetingId", "participantId") DO NOTHING;

-- One person is never in two meetings at once, and an active seat always names its person.
ALTER TABLE "MeetingSeat" ADD CONSTRAINT "MeetingSeat_active_has_representative" CHECK (NOT "active" OR "representativeId" IS NOT NULL);
ALTER TABLE "MeetingSeat" ADD CONSTRAINT "MeetingSeat_representative_no_overlap" EXCLUDE USING gist ("representativeId" WITH =, tsrange("startsAt", "endsAt") WITH &&) WHERE ("active");
ALTER TABLE "Meeting" DROP CONSTRAINT "Meeting_sme_no_overlap";
ALTER TABLE "Meeting" DROP CONSTRAINT "Meeting_buyer_no_overlap";
