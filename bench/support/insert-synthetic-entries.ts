import type { Database } from "@/lib/db";

// Realistic catalogue rows made in SQL (search cost does not depend on signatures): titles and
// descriptions from German and English health vocabulary, mixed types and facets.

export async function insertSyntheticEntries(options: { database: Database; count: number; offset: number }): Promise<void> {
  const batch = 5000;
  for (let start = 0; start < options.count; start += batch) {
    const size = Math.min(batch, options.count - start);
    const from = options.offset + start;
    await options.database.sql.exec(`
      WITH words AS (
        SELECT ARRAY['blood pressure','Blutdruck','diabetes','cohort','registry','Register','activity','Schritte','heart failure','Herzinsuffizienz','asthma','sleep','Schlaf','oncology','Onkologie','imaging','MRT','wearables','home monitoring','teaching'] AS w,
               ARRAY['ScientificResearch','PublicHealthInterest','PolicyMaking','OfficialStatistics','EducationTeaching','ImprovementOfCare'] AS p,
               ARRAY['DataResource','Dataset','ServiceOffering','LegalParticipant'] AS t,
               ARRAY['Pseudonymised','Anonymised','Synthetic'] AS ps
      ), rows AS (
        SELECT g AS n, encode(sha256(('bench-' || g)::bytea), 'hex') AS hash,
               w[1 + g % 20] || ' ' || w[1 + (g / 20) % 20] || ' ' || w[1 + (g / 400) % 20] || ' #' || g AS title,
               'Synthetic ' || w[1 + (g * 7) % 20] || ' data about ' || w[1 + (g * 13) % 20] || ' and ' || w[1 + (g * 3) % 20] AS description,
               ARRAY[p[1 + g % 6], p[1 + (g / 6) % 6]] AS purposes, ARRAY[t[1 + g % 4]] AS types, ps[1 + g % 3] AS pseudo,
               'did:web:bench.example:participants:p' || (g % 200) AS issuer,
               now() - (g || ' minutes')::interval AS created
        FROM words, generate_series(${from + 1}, ${from + size}) AS g
      ), inserted AS (
        INSERT INTO "SelfDescription" ("hash", "content", "contentType", "format", "subjectIds", "types", "issuerDid", "trustFramework", "status", "createdAt", "statusChangedAt", "updatedAt")
        SELECT hash, convert_to('{}', 'UTF8'), 'application/ld+json', 'JSONLD_VC', ARRAY['urn:bench:' || n], types, issuer, 'dcat-ap',
               (CASE WHEN n % 10 = 0 THEN 'DEPRECATED' ELSE 'ACTIVE' END)::"LifecycleStatus", created, created, created FROM rows
        RETURNING 1
      )
      INSERT INTO "SearchProjection" ("selfDescriptionHash", "title", "description", "keywords", "types", "providerDid", "providerName", "purposes", "healthThemes", "pseudonymisation", "trustFramework", "searchText", "updatedAt", "entryStatus", "entryOrigin", "entryCreatedAt")
      SELECT hash, title, description, ARRAY[]::text[], types, issuer, 'Bench provider ' || (n % 200), purposes, ARRAY['HEAL'], pseudo, 'dcat-ap', title || ' ' || description, created,
             (CASE WHEN n % 10 = 0 THEN 'DEPRECATED' ELSE 'ACTIVE' END)::"LifecycleStatus", 'LOCAL'::"OriginKind", created FROM rows;
    `);
  }
}
