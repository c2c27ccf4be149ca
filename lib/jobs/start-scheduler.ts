import "server-only";
import { logger } from "@/lib/logger";
import { expireSelfDescriptions } from "@/lib/catalogue/expire-self-descriptions";
import { runDueHarvests } from "@/lib/federation/run-due-harvests";
import { recheckCredentialStatus } from "@/lib/catalogue/recheck-credential-status";
import { getPipelineServices } from "@/lib/wiring/services";
import { getDatabase } from "@/lib/db";
import { refreshStatistics } from "@/lib/db/refresh-statistics";

/** Hourly jobs run every this many ticks (an hour at the default interval): status lists are re-checked
 * (30 s of work per round) and the embedded database's planner statistics refreshed. */
const HOURLY_EVERY = 60;

// In-process scheduler started once per portal process (instrumentation.ts). Every instance runs it;
// runExclusively makes each round happen on one instance only.

const holder = globalThis as typeof globalThis & { __dataloftScheduler?: NodeJS.Timeout };

export function startScheduler(options: { intervalMs?: number } = {}): void {
  if (holder.__dataloftScheduler) return;
  let ticks = 0;
  const tick = async () => {
    ticks += 1;
    try {
      const outcome = await expireSelfDescriptions();
      if (outcome.ran && outcome.result.expired.length) logger.info("entries expired", { count: outcome.result.expired.length });
    } catch (error) {
      logger.error("scheduled job failed", { job: "expire-entries", error });
    }
    try {
      const federation = await runDueHarvests();
      for (const { peerId, report } of federation.synced)
        logger.info("peer synced", { peerId, phase: report.phase, stored: report.stored, refused: report.refused });
    } catch (error) {
      logger.error("scheduled job failed", { job: "federation-sync", error });
    }
    if (ticks % HOURLY_EVERY !== 1) return;
    try {
      await refreshStatistics(getDatabase());
    } catch (error) {
      logger.error("scheduled job failed", { job: "refresh-statistics", error });
    }
    try {
      const recheck = await recheckCredentialStatus({ services: await getPipelineServices({ budget: "background" }) });
      if (recheck.revoked.length) logger.info("entries revoked by their status lists", { count: recheck.revoked.length });
    } catch (error) {
      logger.error("scheduled job failed", { job: "recheck-status", error });
    }
  };
  holder.__dataloftScheduler = setInterval(tick, options.intervalMs ?? 60_000);
  holder.__dataloftScheduler.unref();
}
