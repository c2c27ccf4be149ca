import { z } from "zod";
import { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors/app-error";

// A small structured query language over the stored claims (the credential subjects), translated into
// SQL/JSON path expressions with the values passed as variables, never spliced into SQL. Bounded: at
// most 20 conditions, 4 levels of nesting, 6 path segments.

const segment = z.string().regex(/^[A-Za-z0-9@][A-Za-z0-9:_@#/.-]{0,99}$/, "a property name such as dct:title or gx:legalName");
const scalar = z.union([z.string().max(500), z.number(), z.boolean()]);

export const conditionSchema = z.object({
  path: z.array(segment).min(1).max(6),
  op: z.enum(["eq", "ne", "contains", "exists", "gt", "gte", "lt", "lte", "in"]),
  value: z.union([scalar, z.array(scalar).max(50)]).optional(),
});

export type Condition = z.infer<typeof conditionSchema>;
export type QueryNode = Condition | { and: QueryNode[] } | { or: QueryNode[] } | { not: QueryNode };

export const queryNodeSchema: z.ZodType<QueryNode> = z.lazy(() =>
  z.union([
    conditionSchema,
    z.object({ and: z.array(queryNodeSchema).min(1).max(20) }),
    z.object({ or: z.array(queryNodeSchema).min(1).max(20) }),
    z.object({ not: queryNodeSchema }),
  ]),
);

export const claimsQuerySchema = z.object({
  where: queryNodeSchema,
  status: z.enum(["active", "deprecated", "revoked", "eol", "all"]).default("active"),
  limit: z.number().int().min(1).max(100).default(20),
  cursor: z.string().max(300).optional(),
});

export type ClaimsQuery = z.infer<typeof claimsQuerySchema>;

function quote(text: string): string {
  return `"${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

function regexLiteral(text: string): string {
  // Escape regex metacharacters, then quote for the jsonpath string literal.
  return quote(text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
}

/** A value matches itself, or the @value / @id of a JSON-LD value or node object. */
function match(comparison: string): string {
  return `(@ ${comparison} || @."@value" ${comparison} || @."@id" ${comparison})`;
}

function conditionSql(condition: Condition): Prisma.Sql {
  const path = `$[*].${condition.path.map(quote).join(".")}`;
  const values = condition.value === undefined ? [] : Array.isArray(condition.value) ? condition.value : [condition.value];
  if (condition.op === "exists") return Prisma.sql`jsonb_path_exists(p."claims", ${path}::jsonpath)`;
  if (values.length === 0) {
    throw new AppError("INVALID_INPUT", {
      message: `The condition on ${condition.path.join(".")} needs a value.`,
      invalidParams: [{ name: "body.where.value", reason: "required for " + condition.op }],
    });
  }
  const first = values[0];
  if (condition.op === "contains") {
    if (typeof first !== "string")
      throw new AppError("INVALID_INPUT", {
        message: "contains needs a string value.",
        invalidParams: [{ name: "body.where.value", reason: "must be a string" }],
      });
    return Prisma.sql`jsonb_path_exists(p."claims", ${`${path} ? ${match(`like_regex ${regexLiteral(first)} flag "i"`)}`}::jsonpath)`;
  }
  const operators: Record<Exclude<Condition["op"], "contains" | "exists">, string> = { eq: "==", ne: "==", gt: ">", gte: ">=", lt: "<", lte: "<=", in: "==" };
  const operator = operators[condition.op];
  const comparisons = (condition.op === "in" ? values : [first]).map((_, index) => match(`${operator} $v${index}`));
  const vars = JSON.stringify(Object.fromEntries((condition.op === "in" ? values : [first]).map((value, index) => [`v${index}`, value])));
  const expression = Prisma.sql`jsonb_path_exists(p."claims", ${`${path} ? (${comparisons.join(" || ")})`}::jsonpath, ${vars}::jsonb)`;
  return condition.op === "ne" ? Prisma.sql`NOT ${expression}` : expression;
}

export function claimsQuerySql(node: QueryNode, budget = { conditions: 0 }, depth = 0): Prisma.Sql {
  if (depth > 4)
    throw new AppError("INVALID_INPUT", { message: "The query nests deeper than 4 levels.", invalidParams: [{ name: "body.where", reason: "too deep" }] });
  if ("and" in node)
    return Prisma.sql`(${Prisma.join(
      node.and.map((child) => claimsQuerySql(child, budget, depth + 1)),
      " AND ",
    )})`;
  if ("or" in node)
    return Prisma.sql`(${Prisma.join(
      node.or.map((child) => claimsQuerySql(child, budget, depth + 1)),
      " OR ",
    )})`;
  if ("not" in node) return Prisma.sql`(NOT ${claimsQuerySql(node.not, budget, depth + 1)})`;
  budget.conditions += 1;
  if (budget.conditions > 20)
    throw new AppError("INVALID_INPUT", {
      message: "The query has more than 20 conditions.",
      invalidParams: [{ name: "body.where", reason: "too many conditions" }],
    });
  return conditionSql(node);
}
