import { useTranslations } from "next-intl";

const STATUS_ORDER = ["PENDING", "GRANTED", "REFUSED", "WITHDRAWN"] as const;
const STATUS_KEYS = { PENDING: "pending", GRANTED: "granted", REFUSED: "refused", WITHDRAWN: "withdrawn" } as const;

/**
 * The consents a contract depends on, as the parties see them: how many citizens were asked and
 * where their decisions stand — counts only, never who they are.
 */
export function ContractConsents({ consents }: { consents: { status: string }[] }) {
  const t = useTranslations("contracts.consents");
  if (!consents.length) return <p className="text-sm text-slate-700">{t("none")}</p>;
  const counts = STATUS_ORDER.map((status) => [status, consents.filter((consent) => consent.status === status).length] as const).filter(
    ([, count]) => count > 0,
  );
  const pending = consents.filter((consent) => consent.status === "PENDING").length;
  const summary = counts.map(([status, count]) => t(STATUS_KEYS[status], { count })).join(", ");
  return (
    <div className="text-sm" data-testid="contract-consents">
      <p>{t("asked", { count: consents.length, summary })}</p>
      <p className="mt-1 text-slate-700">
        {pending > 0 ? t("waiting", { count: pending }) : consents.every((consent) => consent.status === "GRANTED") ? t("allGranted") : t("notAllGranted")}
      </p>
    </div>
  );
}
