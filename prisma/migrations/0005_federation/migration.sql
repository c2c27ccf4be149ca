-- AlterTable
ALTER TABLE "Peer" ADD COLUMN     "report" JSONB,
ADD COLUMN     "syncStartedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "EntryOrigin" ADD COLUMN     "peerStatus" "LifecycleStatus" NOT NULL DEFAULT 'ACTIVE';

-- CreateIndex
CREATE INDEX "EntryOrigin_peerId_idx" ON "EntryOrigin"("peerId");

