import type { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";

// pglite-prisma-adapter 0.6.1 predates Prisma 6.19's query compiler, which sends Bytes arguments as
// base64 strings and describes each argument in `argTypes`; the adapter passes them on unchanged and
// PGlite refuses a string for bytea. This wrapper converts such arguments the way @prisma/adapter-pg
// does, and leaves everything else to the adapter.

interface ArgType {
  scalarType?: string;
  arity?: string;
}
interface Query {
  sql: string;
  args: unknown[];
  argTypes?: (ArgType | string)[];
}
type Queryable = {
  queryRaw(query: Query): Promise<unknown>;
  executeRaw(query: Query): Promise<unknown>;
};

function mapArg(arg: unknown, type: ArgType | string | undefined): unknown {
  if (arg === null || typeof type !== "object") return arg;
  if (Array.isArray(arg) && type.arity === "list") return arg.map((value) => mapArg(value, { ...type, arity: "scalar" }));
  if (type.scalarType === "bytes") {
    if (typeof arg === "string") return Buffer.from(arg, "base64");
    if (Array.isArray(arg)) return Buffer.from(arg as number[]);
  }
  return arg;
}

function mapQuery(query: Query): Query {
  return { ...query, args: query.args.map((arg, index) => mapArg(arg, query.argTypes?.[index])) };
}

function wrapQueryable<T extends Queryable>(target: T): T {
  return new Proxy(target, {
    get(object, property, receiver) {
      const value = Reflect.get(object, property, receiver);
      if (property === "queryRaw" || property === "executeRaw") {
        return (query: Query) => (value as (q: Query) => Promise<unknown>).call(object, mapQuery(query));
      }
      if (property === "startTransaction") {
        return async (...args: unknown[]) => wrapQueryable(await (value as (...a: unknown[]) => Promise<Queryable>).apply(object, args));
      }
      return typeof value === "function" ? value.bind(object) : value;
    },
  });
}

export function createPgliteAdapter(pglite: PGlite) {
  const factory = new PrismaPGlite(pglite);
  return new Proxy(factory, {
    get(object, property, receiver) {
      const value = Reflect.get(object, property, receiver);
      if (property === "connect") {
        return async () => wrapQueryable((await factory.connect()) as unknown as Queryable);
      }
      return typeof value === "function" ? value.bind(object) : value;
    },
  });
}
