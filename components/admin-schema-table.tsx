import type { FormState } from "./form-state";
import type { SchemaView } from "@/lib/schemas/serialize-schema";
import { AdminActionButton } from "./admin-action-button";

/** A schema as the admin table shows it: the API's view without the built-in flag. */
export type AdminSchemaRow = Omit<SchemaView, "builtin">;

type Action = (state: FormState, data: FormData) => Promise<FormState>;

const STATUS_STYLE: Record<AdminSchemaRow["status"], string> = {
  DRAFT: "bg-slate-100 text-slate-800",
  ACTIVE: "bg-green-100 text-green-900",
  RETIRED: "bg-amber-100 text-amber-900",
};

function day(iso: string | null): string {
  return iso ? iso.slice(0, 16).replace("T", " ") : "—";
}

/** Uploaded shapes versions with their state and the actions each state allows. */
export function AdminSchemaTable({ schemas, activate, retire }: { schemas: AdminSchemaRow[]; activate: Action; retire: Action }) {
  if (schemas.length === 0) return <p className="text-sm text-slate-700">No shapes uploaded yet: validation uses the built-in shape sets only.</p>;
  return (
    <table className="w-full text-left text-sm">
      <caption className="sr-only">Uploaded shapes versions</caption>
      <thead>
        <tr className="text-slate-600">
          <th scope="col" className="py-1">
            Name and version
          </th>
          <th scope="col">Extends</th>
          <th scope="col">Format</th>
          <th scope="col">State</th>
          <th scope="col">Uploaded</th>
          <th scope="col">
            <span className="sr-only">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {schemas.map((schema) => {
          const title = `${schema.name} ${schema.version}`;
          return (
            <tr key={schema.id} className="border-t border-slate-100 align-top" data-testid="schema-row">
              <td className="py-2">
                <span className="font-medium">{schema.name}</span> <span className="font-mono">{schema.version}</span>
                <div className="font-mono text-xs text-slate-600" title={schema.contentHash}>
                  sha256 {schema.contentHash.slice(0, 12)}…
                </div>
              </td>
              <td className="py-2 font-mono">{schema.profile ?? "—"}</td>
              <td className="py-2">{schema.format === "turtle" ? "Turtle" : "JSON-LD"}</td>
              <td className="py-2">
                <span className={`rounded px-2 py-0.5 text-xs font-medium ${STATUS_STYLE[schema.status]}`}>{schema.status.toLowerCase()}</span>
                {schema.status === "ACTIVE" ? <div className="text-xs text-slate-600">since {day(schema.activatedAt)}</div> : null}
                {schema.status === "RETIRED" ? <div className="text-xs text-slate-600">since {day(schema.retiredAt)}</div> : null}
              </td>
              <td className="py-2">{day(schema.createdAt)}</td>
              <td className="py-2">
                <div className="flex justify-end gap-2">
                  {schema.status !== "ACTIVE" ? (
                    <AdminActionButton action={activate} hidden={{ id: schema.id }} label="Activate" accessibleLabel={`Activate ${title}`} />
                  ) : null}
                  {schema.status !== "RETIRED" ? (
                    <AdminActionButton action={retire} hidden={{ id: schema.id }} label="Retire" accessibleLabel={`Retire ${title}`} tone="danger" />
                  ) : null}
                </div>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
