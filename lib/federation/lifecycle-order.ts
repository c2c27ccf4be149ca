import type { LifecycleStatus } from "@/lib/generated/prisma/client";

// Several peers may report one entry differently (one already saw its revocation, another not yet).
// The most advanced status wins and an entry never moves back: a revocation is final.

const ORDER: Record<LifecycleStatus, number> = { ACTIVE: 0, DEPRECATED: 1, EOL: 2, REVOKED: 3 };

export function mostAdvancedStatus(statuses: readonly LifecycleStatus[]): LifecycleStatus {
  return statuses.reduce<LifecycleStatus>((best, status) => (ORDER[status] > ORDER[best] ? status : best), "ACTIVE");
}
