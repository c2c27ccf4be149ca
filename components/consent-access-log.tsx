import { AdminTable } from "./admin-table";
import { durationWords, formatTime, purposeWords } from "./contract-words";

// The citizen's access log in words: each event of a contract that depends on their consent.
const HAPPENED: Record<string, string> = {
  request: "asked for access",
  offer: "received a counter-offer from the provider",
  accept: "accepted the provider's terms",
  agree: "was granted access: the provider signed the agreement",
  verify: "verified the signed agreement",
  finalize: "holds a finalized agreement",
  terminate: "has no access: the negotiation was terminated",
  "withdraw-consent": "lost access: the consent was withdrawn",
  "consent.granted": "was granted consent",
  "consent.refused": "was refused consent",
  "consent.withdrawn": "had the consent withdrawn",
};

interface LogItem {
  at: string;
  event: string;
  recipient: { name: string } | null;
  provider: { name: string };
  entry: { title: string };
  purpose: string;
  durationDays: number | null;
}

export function ConsentAccessLog({ items }: { items: LogItem[] }) {
  return (
    <AdminTable
      caption="Who was granted what, when and why"
      columns={["When", "Who", "What happened", "Which data", "Why (purpose)", "How long"]}
      empty="Nobody has asked for your data yet."
      testId="access-log-row"
      rows={items.map((item, index) => ({
        key: `${item.at}-${index}`,
        cells: [
          <time key="at" dateTime={item.at}>
            {formatTime(item.at)}
          </time>,
          item.recipient?.name ?? "An external requester",
          HAPPENED[item.event] ?? item.event,
          `“${item.entry.title}” from ${item.provider.name}`,
          purposeWords(item.purpose),
          durationWords(item.durationDays),
        ],
      }))}
    />
  );
}
