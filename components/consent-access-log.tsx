import { useFormatter, useLocale, useTranslations } from "next-intl";
import { AdminTable } from "./admin-table";
import { durationWords, purposeWords } from "./contract-words";

// The citizen's access log in words: each event of a contract that depends on their consent.

interface LogItem {
  at: string;
  event: string;
  recipient: { name: string } | null;
  provider: { name: string };
  entry: { title: string };
  purpose: string;
  durationDays: number | null;
}

const PARTY_EVENTS = ["request", "offer", "accept", "agree", "verify", "finalize", "terminate", "withdraw-consent"] as const;
const CONSENT_EVENTS = ["granted", "refused", "withdrawn"] as const;

export function ConsentAccessLog({ items }: { items: LogItem[] }) {
  const t = useTranslations("consent.log");
  const format = useFormatter();
  const locale = useLocale();
  const happened = (event: string) => {
    const party = PARTY_EVENTS.find((name) => name === event);
    if (party) return t(`happened.party.${party}`);
    const consent = CONSENT_EVENTS.find((name) => `consent.${name}` === event);
    return consent ? t(`happened.consent.${consent}`) : event;
  };
  return (
    <AdminTable
      caption={t("caption")}
      columns={[t("columns.when"), t("columns.who"), t("columns.what"), t("columns.which"), t("columns.why"), t("columns.howLong")]}
      empty={t("empty")}
      testId="access-log-row"
      rows={items.map((item, index) => ({
        key: `${item.at}-${index}`,
        cells: [
          <time key="at" dateTime={item.at}>
            {format.dateTime(new Date(item.at), "moment")}
          </time>,
          item.recipient?.name ?? t("externalRequester"),
          happened(item.event),
          t("data", { title: item.entry.title, provider: item.provider.name }),
          purposeWords(item.purpose, locale),
          durationWords(item.durationDays, locale),
        ],
      }))}
    />
  );
}
