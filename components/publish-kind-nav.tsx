import Link from "next/link";

export const PUBLISH_KINDS = [
  { id: "dataset", label: "Data resource / dataset", hint: "A health dataset with its HealthDCAT-AP description" },
  { id: "service", label: "Service offering", hint: "A service your organisation offers (Gaia-X 22.10)" },
  { id: "participant", label: "Participant", hint: "Your organisation as a Gaia-X legal person (Loire)" },
] as const;

export type PublishKind = (typeof PUBLISH_KINDS)[number]["id"];

export function publishKindOf(value: unknown): PublishKind {
  return PUBLISH_KINDS.some((kind) => kind.id === value) ? (value as PublishKind) : "dataset";
}

/** Choice of what to describe: plain links (the choice lives in the URL, works without JavaScript). */
export function PublishKindNav({ current }: { current: PublishKind }) {
  return (
    <nav aria-label="What to describe">
      <ul className="grid gap-2 sm:grid-cols-3">
        {PUBLISH_KINDS.map((kind) => (
          <li key={kind.id}>
            <Link
              href={`/publish?kind=${kind.id}`}
              aria-current={kind.id === current ? "page" : undefined}
              className={`block h-full rounded-lg border p-3 text-sm ${kind.id === current ? "border-brand-700 bg-brand-50 ring-2 ring-brand-700" : "border-slate-300 bg-white hover:border-brand-700"}`}
            >
              <span className="block font-semibold text-slate-900">{kind.label}</span>
              <span className="block text-slate-700">{kind.hint}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
