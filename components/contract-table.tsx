import Link from "next/link";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { AdminTable } from "./admin-table";
import { nextStepWords, stateWords } from "./contract-words";

interface ContractRow {
  id: string;
  state: string;
  entry: { title: string };
  provider: { name: string } | null;
  consumer: { name: string } | null;
  roles: string[];
  nextActions: Partial<Record<string, string[]>>;
  updatedAt: string;
}

/** An inbox (as provider) or outbox (as consumer): entry, the other party, state and next step in words. */
export function ContractTable({
  caption,
  contracts,
  side,
  empty,
}: {
  caption: string;
  contracts: ContractRow[];
  side: "provider" | "consumer";
  empty: string;
}) {
  const t = useTranslations("contracts.list.columns");
  const format = useFormatter();
  const locale = useLocale();
  return (
    <AdminTable
      caption={caption}
      columns={[t("entry"), side === "provider" ? t("requestedBy") : t("providedBy"), t("state"), t("nextStep"), t("updated")]}
      empty={empty}
      testId="contract-row"
      rows={contracts.map((contract) => ({
        key: contract.id,
        cells: [
          <Link key="entry" href={`/contracts/${contract.id}`} className="font-medium text-brand-700 underline">
            {contract.entry.title}
          </Link>,
          (side === "provider" ? contract.consumer?.name : contract.provider?.name) ?? "—",
          <span key="state" data-testid="contract-row-state">
            {stateWords(contract.state, locale)}
          </span>,
          nextStepWords({ ...contract, roles: [side] }, locale),
          <time key="updated" dateTime={contract.updatedAt}>
            {format.dateTime(new Date(contract.updatedAt), "moment")}
          </time>,
        ],
      }))}
    />
  );
}

/** A titled inbox or outbox section around a ContractTable. */
export function ContractBox(props: {
  id: string;
  heading: string;
  caption: string;
  contracts: ContractRow[];
  side: "provider" | "consumer";
  empty: string;
  testId: string;
}) {
  return (
    <section aria-labelledby={props.id} className="rounded-lg border border-slate-200 bg-white p-5" data-testid={props.testId}>
      <h3 id={props.id} className="text-lg font-semibold">
        {props.heading}
      </h3>
      <div className="mt-3">
        <ContractTable caption={props.caption} contracts={props.contracts} side={props.side} empty={props.empty} />
      </div>
    </section>
  );
}
