-- AlterTable
ALTER TABLE "SearchProjection" ADD COLUMN     "claims" JSONB;

