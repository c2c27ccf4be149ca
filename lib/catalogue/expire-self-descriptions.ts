import "server-only";
import { runExclusively } from "@/lib/jobs/run-exclusively";

/** Active entries past their validUntil turn EOL (scheduled; once across instances). */
export async function expireSelfDescriptions(options: { now?: Date } = {}) {
  const now = options.now ?? new Date();
  return runExclusively("expire-entries", async (tx) => {
    const due = await tx.selfDescription.findMany({ where: { status: "ACTIVE", validUntil: { lt: now } }, select: { hash: true }, take: 1000 });
    if (due.length === 0) return { expired: [] as string[] };
    const hashes = due.map((entry) => entry.hash);
    await tx.selfDescription.updateMany({ where: { hash: { in: hashes }, status: "ACTIVE" }, data: { status: "EOL", eolAt: now, statusChangedAt: now } });
    await tx.auditEvent.createMany({
      data: hashes.map((hash) => ({ action: "self-description.expired", subjectType: "SelfDescription", subjectId: hash, detail: { at: now.toISOString() } })),
    });
    return { expired: hashes };
  });
}
