// A minimal raw-SQL interface over PGlite and node-postgres, for the migration runner, for statements
// Prisma cannot express (multi-statement scripts, advisory locks, data-modifying CTEs) and for hot paths
// where Prisma's per-call query compilation costs more than the statement (publishing).

export interface SqlExecutor {
  readonly kind: "embedded" | "postgresql";
  /** Runs a script of one or more statements without parameters. */
  exec(sql: string): Promise<void>;
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]>;
  /** Runs fn inside one transaction on one connection; rolls back if fn throws. */
  transaction<T>(fn: (tx: Omit<SqlExecutor, "transaction" | "close">) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
