import type { PGlite } from "@electric-sql/pglite";
import type { SqlExecutor } from "./sql-executor";

export function createPgliteExecutor(pglite: PGlite): SqlExecutor {
  return {
    kind: "embedded",
    async exec(sql) {
      await pglite.exec(sql);
    },
    async query<Row>(sql: string, params: unknown[] = []) {
      const result = await pglite.query<Row>(sql, params);
      return result.rows;
    },
    transaction(fn) {
      return pglite.transaction((tx) =>
        fn({
          kind: "embedded",
          exec: async (sql) => {
            await tx.exec(sql);
          },
          query: async <Row>(sql: string, params: unknown[] = []) => (await tx.query<Row>(sql, params)).rows,
        }),
      );
    },
    async close() {
      await pglite.close();
    },
  };
}
