import type { Database } from "./open-database";

// PostgreSQL keeps its planner statistics current itself (autovacuum). The embedded database runs no
// background workers, so without this the statistics stay as the migrations left them: empty tables.
// The scheduler calls this hourly; on PostgreSQL it does nothing.

/** The tables whose statistics matter: the ones that grow with the catalogue. */
const TABLES = ["SelfDescription", "SearchProjection", "VerificationResult", "ValidationReport", "EntryOrigin", "AuditEvent"];

export async function refreshStatistics(database: Pick<Database, "kind" | "sql">): Promise<{ analysed: string[] }> {
  if (database.kind !== "embedded") return { analysed: [] };
  for (const table of TABLES) await database.sql.exec(`ANALYZE "${table}"`);
  return { analysed: TABLES };
}
