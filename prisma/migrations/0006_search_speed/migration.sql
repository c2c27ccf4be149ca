-- Search at scale (hand-edited after `prisma migrate diff`): everything a search reads lives in
-- "SearchProjection", so matching, paging and facet counting need no join.

-- The entry's status, origin and creation time, mirrored by triggers below (never written by the app).
ALTER TABLE "SearchProjection" ADD COLUMN "entryCreatedAt" TIMESTAMP(3),
ADD COLUMN "entryOrigin" "OriginKind",
ADD COLUMN "entryStatus" "LifecycleStatus";

-- Title words alone: relevance puts entries whose title matches first.
ALTER TABLE "SearchProjection" ADD COLUMN "titleVector" tsvector GENERATED ALWAYS AS (
  to_tsvector('english'::regconfig, coalesce("title", '')) ||
  to_tsvector('german'::regconfig, coalesce("title", '')) ||
  to_tsvector('simple'::regconfig, coalesce("title", ''))
) STORED;

-- Every facet value of an entry as 'facet:value', so all facets are counted in one GROUP BY.
CREATE FUNCTION "dataloft_facet_keys"(
  "status" "LifecycleStatus", "origin" "OriginKind", "types" text[], "providerDid" text, "purposes" text[],
  "healthThemes" text[], "pseudonymisation" text, "accessRights" text, "licence" text, "trustFramework" text
) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT array_remove(ARRAY[
      'status:' || "status"::text, 'origin:' || "origin"::text, 'provider:' || "providerDid",
      'pseudonymisation:' || "pseudonymisation", 'accessRights:' || "accessRights", 'licence:' || "licence",
      'trustFramework:' || "trustFramework"
    ], NULL)
    || coalesce((SELECT array_agg('type:' || t) FROM unnest("types") t), '{}')
    || coalesce((SELECT array_agg('purpose:' || t) FROM unnest("purposes") t), '{}')
    || coalesce((SELECT array_agg('theme:' || t) FROM unnest("healthThemes") t), '{}')
$$;

ALTER TABLE "SearchProjection" ADD COLUMN "facetKeys" text[] GENERATED ALWAYS AS (
  "dataloft_facet_keys"("entryStatus", "entryOrigin", "types", "providerDid", "purposes", "healthThemes",
    "pseudonymisation", "accessRights", "licence", "trustFramework")
) STORED;

-- A projection row inserted without them takes the entry's values when the entry is already there
-- (separate statements) …
CREATE FUNCTION "dataloft_projection_mirror_entry"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE entry RECORD;
BEGIN
  IF NEW."entryStatus" IS NULL OR NEW."entryOrigin" IS NULL OR NEW."entryCreatedAt" IS NULL THEN
    SELECT s."status", s."origin", s."createdAt" INTO entry FROM "SelfDescription" s WHERE s."hash" = NEW."selfDescriptionHash";
    IF FOUND THEN
      NEW."entryStatus" := entry."status";
      NEW."entryOrigin" := entry."origin";
      NEW."entryCreatedAt" := entry."createdAt";
    END IF;
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER "SearchProjection_mirror_entry" BEFORE INSERT ON "SearchProjection"
  FOR EACH ROW EXECUTE FUNCTION "dataloft_projection_mirror_entry"();

-- … and the entry pushes its values whenever they change, and once after its insert (which, in a
-- single statement writing both rows, runs after the projection row exists; a writer that supplied the
-- right values costs no second write).
CREATE FUNCTION "dataloft_entry_mirror_projection"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "SearchProjection" p
  SET "entryStatus" = NEW."status", "entryOrigin" = NEW."origin", "entryCreatedAt" = NEW."createdAt"
  WHERE p."selfDescriptionHash" = NEW."hash"
    AND (p."entryStatus" IS DISTINCT FROM NEW."status" OR p."entryOrigin" IS DISTINCT FROM NEW."origin"
      OR p."entryCreatedAt" IS DISTINCT FROM NEW."createdAt");
  RETURN NULL;
END $$;

CREATE TRIGGER "SelfDescription_mirror_inserted" AFTER INSERT ON "SelfDescription"
  FOR EACH ROW EXECUTE FUNCTION "dataloft_entry_mirror_projection"();

CREATE TRIGGER "SelfDescription_mirror_updated" AFTER UPDATE OF "status", "origin", "createdAt" ON "SelfDescription"
  FOR EACH ROW WHEN (OLD."status" IS DISTINCT FROM NEW."status" OR OLD."origin" IS DISTINCT FROM NEW."origin"
    OR OLD."createdAt" IS DISTINCT FROM NEW."createdAt")
  EXECUTE FUNCTION "dataloft_entry_mirror_projection"();

UPDATE "SearchProjection" p SET "entryStatus" = s."status", "entryOrigin" = s."origin", "entryCreatedAt" = s."createdAt"
FROM "SelfDescription" s WHERE s."hash" = p."selfDescriptionHash";

-- CreateIndex
CREATE INDEX "SearchProjection_titleVector_idx" ON "SearchProjection" USING GIN ("titleVector");

-- CreateIndex
CREATE INDEX "SearchProjection_entryStatus_idx" ON "SearchProjection"("entryStatus");

-- CreateIndex
CREATE INDEX "SearchProjection_entryCreatedAt_selfDescriptionHash_idx" ON "SearchProjection"("entryCreatedAt" DESC, "selfDescriptionHash" DESC);

-- The title sort walks this index (not expressible in schema.prisma).
CREATE INDEX "SearchProjection_title_sort_idx" ON "SearchProjection"(lower("title"), "selfDescriptionHash");
