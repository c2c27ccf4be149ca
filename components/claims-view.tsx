import { useTranslations } from "next-intl";

// Claims as readable fields: prefixes and IRIs become words, nested nodes become indented groups.

function words(key: string): string {
  const local = key.slice(Math.max(key.lastIndexOf("#"), key.lastIndexOf("/"), key.lastIndexOf(":")) + 1);
  return local.replace(/([a-z])([A-Z])/g, "$1 $2").replace(/^./, (c) => c.toUpperCase());
}

function Value({ value, depth }: { value: unknown; depth: number }) {
  if (value === null || value === undefined) return <span className="text-slate-500">—</span>;
  if (Array.isArray(value)) {
    return (
      <ul className="list-disc pl-5">
        {value.map((item, index) => (
          <li key={index}>
            <Value value={item} depth={depth} />
          </li>
        ))}
      </ul>
    );
  }
  if (typeof value === "object") {
    const node = value as Record<string, unknown>;
    if ("@value" in node) return <Value value={node["@value"]} depth={depth} />;
    if (depth >= 4) return <code className="text-xs">{JSON.stringify(value).slice(0, 200)}</code>;
    return <ClaimsView claims={node} depth={depth + 1} />;
  }
  const text = String(value);
  return /^https?:\/\//.test(text) ? <span className="break-all">{text}</span> : <span className="break-words">{text}</span>;
}

export function ClaimsView({ claims, depth = 0 }: { claims: Record<string, unknown>; depth?: number }) {
  const t = useTranslations("entry.claims");
  const entries = Object.entries(claims).filter(([key]) => key !== "@context");
  return (
    <dl className={`grid gap-x-4 gap-y-1 text-sm md:grid-cols-[14rem_1fr] ${depth > 0 ? "border-l border-slate-200 pl-3" : ""}`}>
      {entries.map(([key, value]) => (
        <div key={key} className="contents">
          <dt className="font-medium text-slate-700">
            {key === "id" || key === "@id" ? t("identifier") : key === "type" || key === "@type" ? t("type") : words(key)}
          </dt>
          <dd className="text-slate-900">
            <Value value={value} depth={depth} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
