-- At most one ACTIVE entry per (issuer, subject), kept by the database itself (issue: parallel
-- versions of one subject left several ACTIVE under READ COMMITTED). "ActiveSubject" holds one row per
-- subject of every ACTIVE entry; its primary key is the rule. A trigger keeps it for every writer
-- (publish, harvest, adopt, lifecycle changes, Prisma or raw SQL), and the store takes a per-subject
-- lock so the chain stays total. (Not a deferred key: a violation must fail its own statement, since
-- a driver adapter may not report a failed COMMIT.)

-- 1. Repair catalogues that raced before this rule: in each (issuer, subjects) group only the newest
--    ACTIVE entry stays ACTIVE; the others become DEPRECATED, audited.
CREATE TEMPORARY TABLE "dataloft_repaired" ON COMMIT DROP AS
  SELECT "hash", "issuerDid", "subjectIds", "createdAt"
  FROM (
    SELECT "hash", "issuerDid", "subjectIds", "createdAt",
      row_number() OVER (PARTITION BY "issuerDid", "subjectIds" ORDER BY "createdAt" DESC, "hash" DESC) AS "rank"
    FROM "SelfDescription" WHERE "status" = 'ACTIVE'
  ) ranked
  WHERE "rank" > 1;

UPDATE "SelfDescription" s
SET "status" = 'DEPRECATED', "deprecatedAt" = CURRENT_TIMESTAMP, "statusChangedAt" = CURRENT_TIMESTAMP, "updatedAt" = CURRENT_TIMESTAMP
FROM "dataloft_repaired" r WHERE s."hash" = r."hash";

-- 2. Rebuild the version chain of every group that had a fork: oldest first, each pointing to the one before.
CREATE TEMPORARY TABLE "dataloft_rechained" ON COMMIT DROP AS
  SELECT s."hash", s."previousHash" AS "oldPrevious",
    lag(s."hash") OVER (PARTITION BY s."issuerDid", s."subjectIds" ORDER BY s."createdAt", s."hash") AS "newPrevious"
  FROM "SelfDescription" s
  WHERE EXISTS (SELECT 1 FROM "dataloft_repaired" r WHERE r."issuerDid" = s."issuerDid" AND r."subjectIds" = s."subjectIds");

-- previousHash is unique: clear the group's links first, then set the rebuilt ones.
UPDATE "SelfDescription" s SET "previousHash" = NULL FROM "dataloft_rechained" c WHERE s."hash" = c."hash";
-- A link an entry outside the group already holds (an entry naming several subjects) is left unset.
UPDATE "SelfDescription" s SET "previousHash" = c."newPrevious" FROM "dataloft_rechained" c
WHERE s."hash" = c."hash" AND NOT EXISTS (
  SELECT 1 FROM "SelfDescription" o WHERE o."previousHash" = c."newPrevious" AND NOT EXISTS (SELECT 1 FROM "dataloft_rechained" g WHERE g."hash" = o."hash")
);

INSERT INTO "AuditEvent" ("action", "subjectType", "subjectId", "detail")
SELECT 'self-description.deprecated-by-repair', 'SelfDescription', r."hash",
  jsonb_build_object('reason', 'a newer version of the same subject was also active (migration 0007)')
FROM "dataloft_repaired" r;

INSERT INTO "AuditEvent" ("action", "subjectType", "subjectId", "detail")
SELECT 'self-description.chain-repaired', 'SelfDescription', c."hash",
  jsonb_build_object('previousHash', s."previousHash", 'was', c."oldPrevious")
FROM "dataloft_rechained" c JOIN "SelfDescription" s ON s."hash" = c."hash"
WHERE s."previousHash" IS DISTINCT FROM c."oldPrevious";

-- 3. The rule.
CREATE TABLE "ActiveSubject" (
    "issuerDid" TEXT NOT NULL,
    "subjectId" TEXT NOT NULL,
    "selfDescriptionHash" TEXT NOT NULL,

    CONSTRAINT "ActiveSubject_pkey" PRIMARY KEY ("issuerDid", "subjectId"),
    CONSTRAINT "ActiveSubject_selfDescriptionHash_fkey" FOREIGN KEY ("selfDescriptionHash") REFERENCES "SelfDescription"("hash") ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE INDEX "ActiveSubject_selfDescriptionHash_idx" ON "ActiveSubject"("selfDescriptionHash");

-- A subject is active once per entry even if a document names it twice.
INSERT INTO "ActiveSubject" ("issuerDid", "subjectId", "selfDescriptionHash")
SELECT DISTINCT s."issuerDid", subject, s."hash"
FROM "SelfDescription" s, unnest(s."subjectIds") AS subject
WHERE s."status" = 'ACTIVE';

-- An entry leaving ACTIVE frees its subjects at once (BEFORE, while its own statement runs), so the
-- successor inserted by the same statement finds them free whatever order its parts run in; an entry
-- becoming ACTIVE takes them after its row is written. A second ACTIVE entry fails its statement.
CREATE FUNCTION "dataloft_free_active_subjects"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD."status" = 'ACTIVE' AND (NEW."status" <> 'ACTIVE' OR NEW."issuerDid" IS DISTINCT FROM OLD."issuerDid" OR NEW."subjectIds" IS DISTINCT FROM OLD."subjectIds") THEN
    DELETE FROM "ActiveSubject" WHERE "selfDescriptionHash" = OLD."hash";
  END IF;
  RETURN NEW;
END $$;

CREATE FUNCTION "dataloft_take_active_subjects"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."status" = 'ACTIVE' AND (TG_OP = 'INSERT' OR OLD."status" <> 'ACTIVE' OR NEW."issuerDid" IS DISTINCT FROM OLD."issuerDid" OR NEW."subjectIds" IS DISTINCT FROM OLD."subjectIds") THEN
    INSERT INTO "ActiveSubject" ("issuerDid", "subjectId", "selfDescriptionHash")
    SELECT DISTINCT NEW."issuerDid", subject, NEW."hash" FROM unnest(NEW."subjectIds") AS subject;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "SelfDescription_active_freed" BEFORE UPDATE OF "status", "issuerDid", "subjectIds" ON "SelfDescription"
  FOR EACH ROW EXECUTE FUNCTION "dataloft_free_active_subjects"();

CREATE TRIGGER "SelfDescription_active_inserted" AFTER INSERT ON "SelfDescription"
  FOR EACH ROW EXECUTE FUNCTION "dataloft_take_active_subjects"();

CREATE TRIGGER "SelfDescription_active_updated" AFTER UPDATE OF "status", "issuerDid", "subjectIds" ON "SelfDescription"
  FOR EACH ROW EXECUTE FUNCTION "dataloft_take_active_subjects"();
