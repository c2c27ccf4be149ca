import { useLocale, useTranslations } from "next-intl";
import { shortDid } from "./format";

export interface EntryPublisherProps {
  /** The issuer's DID: who signed the entry. */
  did: string;
  /** The participant registered under that DID, when the portal knows it. */
  participant: { legalName: string; kind: string; countryCode: string | null } | null;
  onBehalf: boolean;
}

function countryName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: "region" }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Who stands behind an entry, on its first screen: name, kind and country, the DID short with the whole value one click away. */
export function EntryPublisher({ did, participant, onBehalf }: EntryPublisherProps) {
  const t = useTranslations("entry.publisher");
  const locale = useLocale();
  const short = shortDid(did);
  const country = participant?.countryCode ? countryName(participant.countryCode, locale) : null;
  return (
    <div className="mt-2 text-sm text-slate-700" data-testid="entry-publisher">
      <p>
        {participant ? t("label") : t("signedBy")} <strong className="font-semibold text-slate-900">{participant?.legalName ?? short}</strong>
        {participant ? ` · ${t("kind", { kind: participant.kind })}${country ? ` · ${country}` : ""}` : ` · ${t("unknown")}`}
      </p>
      {short === did ? (
        <p className="mt-1 break-all">
          {t("didLabel")} <code className="font-mono text-xs">{did}</code>
        </p>
      ) : (
        <details className="mt-1">
          <summary className="cursor-pointer">
            {t("didLabel")} <code className="font-mono text-xs">{short}</code> <span className="sr-only">({t("showDid")})</span>
          </summary>
          <code className="mt-1 block break-all font-mono text-xs" data-testid="entry-publisher-did">
            {did}
          </code>
        </details>
      )}
      {onBehalf ? <p className="mt-1 text-xs text-slate-600">{t("onBehalf")}</p> : null}
    </div>
  );
}
