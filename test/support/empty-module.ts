// Stands in for "server-only" under Vitest, where no React Server condition is set.
export {};
