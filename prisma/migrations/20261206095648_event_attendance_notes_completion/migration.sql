-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "completedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Meeting" ADD COLUMN     "attendanceOverrideAt" TIMESTAMP(3),
ADD COLUMN     "attendanceOverrideReason" TEXT,
ADD COLUMN     "buyerNote" TEXT,
ADD COLUMN     "smeNote" TEXT;
