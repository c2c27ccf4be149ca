import { useFormatter, useTranslations } from "next-intl";
import type { FormState } from "./form-state";
import type { SchemaView } from "@/lib/schemas/serialize-schema";
import { AdminActionButton } from "./admin-action-button";
import { AdminTable } from "./admin-table";

/** A schema as the admin table shows it: the API's view without the built-in flag. */
export type AdminSchemaRow = Omit<SchemaView, "builtin">;

type Action = (state: FormState, data: FormData) => Promise<FormState>;

const STATUS_STYLE: Record<AdminSchemaRow["status"], string> = {
  DRAFT: "bg-slate-100 text-slate-800",
  ACTIVE: "bg-green-100 text-green-900",
  RETIRED: "bg-amber-100 text-amber-900",
};

const COLUMNS = ["nameVersion", "extends", "format", "state", "uploaded", "actions"] as const;

/** Uploaded shapes versions with their state and the actions each state allows; scrolls sideways on a phone. */
export function AdminSchemaTable({ schemas, activate, retire }: { schemas: AdminSchemaRow[]; activate: Action; retire: Action }) {
  const t = useTranslations("admin.schemas.table");
  const tAdmin = useTranslations("admin");
  const format = useFormatter();
  const moment = (iso: string | null) => (iso ? format.dateTime(new Date(iso), "moment") : "—");
  const caption = t("caption");
  return (
    <AdminTable
      caption={caption}
      regionLabel={tAdmin("tableRegion", { caption })}
      columns={COLUMNS.map((column) => t(`columns.${column}`))}
      empty={t("empty")}
      testId="schema-row"
      rows={schemas.map((schema) => {
        const title = `${schema.name} ${schema.version}`;
        const since = schema.status === "ACTIVE" ? schema.activatedAt : schema.status === "RETIRED" ? schema.retiredAt : undefined;
        return {
          key: schema.id,
          cells: [
            <div key="name">
              <span className="font-medium">{schema.name}</span> <span className="font-mono">{schema.version}</span>
              <div className="font-mono text-xs text-slate-600" title={schema.contentHash}>
                sha256 {schema.contentHash.slice(0, 12)}…
              </div>
            </div>,
            <span key="profile" className="font-mono">
              {schema.profile ?? "—"}
            </span>,
            schema.format === "turtle" ? "Turtle" : "JSON-LD",
            <div key="state">
              <span className={`rounded px-2 py-0.5 text-xs font-medium ${STATUS_STYLE[schema.status]}`}>{t(`status.${schema.status}`)}</span>
              {since !== undefined ? <div className="text-xs text-slate-600">{t("since", { date: moment(since) })}</div> : null}
            </div>,
            moment(schema.createdAt),
            <div key="actions" className="flex justify-end gap-2">
              {schema.status !== "ACTIVE" ? (
                <AdminActionButton action={activate} hidden={{ id: schema.id }} label={t("activate")} accessibleLabel={t("activateLabel", { title })} />
              ) : null}
              {schema.status !== "RETIRED" ? (
                <AdminActionButton action={retire} hidden={{ id: schema.id }} label={t("retire")} accessibleLabel={t("retireLabel", { title })} tone="danger" />
              ) : null}
            </div>,
          ],
        };
      })}
    />
  );
}
