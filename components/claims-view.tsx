import { useLocale, useMessages, useTranslations } from "next-intl";
import { claimValueWords } from "@/lib/vocabulary/claim-values";
import type { Locale } from "@/lib/vocabulary";
import { licenceName } from "./catalogue-words";
import { shortDid } from "./format";

// Claims as labelled fields in the reader's language: known properties by their names, codes and IRIs
// of known vocabularies (EHDS purposes, EU authority tables, legal acts, coding systems) in words,
// other IRIs as links named by their last part, language maps in the reader's language, nested nodes
// as indented groups. The document as signed stays one click away (raw document section).

function localName(key: string): string {
  return key.slice(Math.max(key.lastIndexOf("#"), key.lastIndexOf("/"), key.lastIndexOf(":")) + 1);
}

function words(key: string): string {
  return localName(key)
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .replace(/[_-]+/g, " ")
    .replace(/^./, (c) => c.toUpperCase());
}

const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/** `{en: "…", de: "…"}` (a JSON-LD language map) → the text in the reader's language, else English, else any. */
function fromLanguageMap(node: Record<string, unknown>, locale: Locale): unknown | undefined {
  const keys = Object.keys(node);
  if (keys.length === 0 || !keys.every((key) => LANGUAGE_TAG.test(key))) return undefined;
  return node[locale] ?? node.en ?? node[keys[0]!];
}

function Text({ text }: { text: string }) {
  const locale = useLocale();
  const t = useTranslations("entry.claims");
  const known = claimValueWords(text, locale);
  if (known) return <span title={text}>{known}</span>;
  if (text.startsWith("did:")) return <span title={text}>{shortDid(text)}</span>;
  if (/^https?:\/\//.test(text)) {
    const licence = licenceName(text);
    if (licence !== text)
      return (
        <a href={text} className="text-brand-700 underline">
          {licence}
        </a>
      );
    const url = new URL(text);
    const name = words(text.replace(/\/+$/, "")) || url.host;
    return (
      <a href={text} className="break-words text-brand-700 underline" title={text}>
        {name === url.host ? url.host : t("iriIn", { name, host: url.host })}
      </a>
    );
  }
  if (/^[a-z][a-z0-9+.-]*:[^\s]+$/i.test(text) && !/^\d/.test(text))
    return (
      <span title={text} className="break-all">
        {text}
      </span>
    );
  return <span className="break-words">{text}</span>;
}

function Value({ value, depth }: { value: unknown; depth: number }) {
  const locale = useLocale();
  if (value === null || value === undefined) return <span className="text-slate-500">—</span>;
  if (Array.isArray(value)) {
    if (value.length === 1) return <Value value={value[0]} depth={depth} />;
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
    if ("@id" in node && Object.keys(node).length === 1) return <Value value={node["@id"]} depth={depth} />;
    const translated = fromLanguageMap(node, locale);
    if (translated !== undefined) return <Value value={translated} depth={depth} />;
    if (depth >= 4) return <code className="text-xs break-all">{JSON.stringify(value).slice(0, 200)}</code>;
    return <ClaimsView claims={node} depth={depth + 1} />;
  }
  return <Text text={String(value)} />;
}

export function ClaimsView({ claims, depth = 0 }: { claims: Record<string, unknown>; depth?: number }) {
  const t = useTranslations("entry.claims");
  const fields = useMessages().entry.claims.fields as Record<string, string>;
  const entries = Object.entries(claims).filter(([key]) => key !== "@context");
  const label = (key: string) =>
    key === "id" || key === "@id" ? t("identifier") : key === "type" || key === "@type" ? t("type") : (fields[localName(key)] ?? words(key));
  return (
    <dl className={`grid min-w-0 gap-x-4 gap-y-1 text-sm md:grid-cols-[14rem_1fr] ${depth > 0 ? "border-l border-slate-200 pl-3" : ""}`}>
      {entries.map(([key, value]) => (
        <div key={key} className="contents">
          <dt className="font-medium text-slate-700" title={key}>
            {label(key)}
          </dt>
          <dd className="min-w-0 text-slate-900">
            {key === "type" || key === "@type" ? (
              <span title={String(value)}>
                {[value]
                  .flat()
                  .map((type) => words(String(type)))
                  .join(", ")}
              </span>
            ) : (
              <Value value={value} depth={depth} />
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
