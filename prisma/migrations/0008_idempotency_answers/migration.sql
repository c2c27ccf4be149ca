-- Idempotency keys as the IETF Idempotency-Key draft describes: a key is claimed while its request runs
-- (IN_FLIGHT), released when the request is refused, and keeps the answer once it succeeded (DONE), so a
-- retry with the same body gets the same answer and a corrected body after a refusal is processed.
-- Rows written before this migration cannot tell a refused request from a successful one; they are
-- dropped (publishing stays idempotent by content hash: the same document is never stored twice).
DELETE FROM "IdempotencyKey";

ALTER TABLE "IdempotencyKey" DROP COLUMN "entryHash";
ALTER TABLE "IdempotencyKey" ADD COLUMN "state" TEXT NOT NULL DEFAULT 'IN_FLIGHT';
ALTER TABLE "IdempotencyKey" ADD COLUMN "responseStatus" INTEGER;
ALTER TABLE "IdempotencyKey" ADD COLUMN "responseBody" JSONB;
ALTER TABLE "IdempotencyKey" ADD COLUMN "location" TEXT;
ALTER TABLE "IdempotencyKey" ADD COLUMN "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;
