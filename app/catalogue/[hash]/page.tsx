import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { AppError } from "@/lib/errors/app-error";
import { getSelfDescription, getSelfDescriptionVersions } from "@/lib/catalogue/get-self-description";
import { credentialsOf, subjectsOf } from "@/lib/catalogue/derive-projection";
import { textInLanguage } from "@/lib/catalogue/text-in-language";
import { findParticipantByDid } from "@/lib/participants/find-participant-by-did";
import type { Locale } from "@/lib/i18n/locales";
import { TrustPanel, ruleSetName, type TrustCheck } from "@/components/trust-panel";
import { ClaimsView } from "@/components/claims-view";
import { RawDocument } from "@/components/raw-document";
import { TrustBadge } from "@/components/trust-badge";
import { EntryPublisher } from "@/components/entry-publisher";
import { CredentialGraphView } from "@/components/credential-graph";
import { buildCredentialGraph } from "@/lib/catalogue/build-credential-graph";
import { RequestAccessSection } from "./request-access-section";
import { EntryOrigins } from "@/components/entry-origins";
import { findEntryOrigins } from "@/lib/federation/find-entry-origins";

export const dynamic = "force-dynamic";

const META_DESCRIPTION_LENGTH = 160;

function decodedDocument(content: string, format: string): Record<string, unknown> {
  if (format === "VC_JWT" || format === "VP_JWT") return JSON.parse(Buffer.from(content.split(".")[1] ?? "", "base64url").toString("utf8"));
  return JSON.parse(content);
}

// One load per request, shared by generateMetadata and the page.
const loadEntry = cache(async (hash: string) => {
  const found = await getSelfDescription({ hash }).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const document = decodedDocument(found.content, found.entry.format);
  const subjects = credentialsOf(document).flatMap(subjectsOf);
  const publisher = await findParticipantByDid({ did: found.entry.issuer });
  return { ...found, document, subjects, publisher };
});

/** Title and description in the reader's language where the document states them in it. */
function wordsOf(loaded: Awaited<ReturnType<typeof loadEntry>>, locale: Locale) {
  return {
    title: textInLanguage(loaded.subjects, ["title", "name"], locale) ?? loaded.entry.title,
    description: textInLanguage(loaded.subjects, ["description"], locale) ?? loaded.entry.description,
  };
}

export async function generateMetadata({ params }: { params: Promise<{ hash: string }> }): Promise<Metadata> {
  const [{ hash }, t, locale] = await Promise.all([params, getTranslations("entry.metadata"), getLocale()]);
  const loaded = await loadEntry(hash);
  const { title, description } = wordsOf(loaded, locale);
  const shown = title ?? t("titleFallback");
  const summary = description
    ? description.length > META_DESCRIPTION_LENGTH
      ? `${description.slice(0, META_DESCRIPTION_LENGTH - 1).trimEnd()}…`
      : description
    : loaded.publisher
      ? t("description", { title: shown, publisher: loaded.publisher.legalName })
      : t("descriptionNoPublisher", { title: shown });
  return { title: shown, description: summary };
}

export default async function EntryPage({ params }: { params: Promise<{ hash: string }> }) {
  const { hash } = await params;
  const [loaded, versions, t, format, locale] = await Promise.all([
    loadEntry(hash),
    getSelfDescriptionVersions({ hash }),
    getTranslations("entry"),
    getFormatter(),
    getLocale(),
  ]);
  const { entry, content, contentType, document, subjects, publisher } = loaded;
  const { title, description } = wordsOf(loaded, locale);
  const verification = entry.verification;
  const report = entry.validation?.report as
    | { conforms?: boolean | null; results?: { severity: string; message: string; path: string | null; focusNode: string | null }[]; shapesUsed?: string[] }
    | undefined;
  const isJwt = entry.format.endsWith("JWT");
  const day = (iso: string) => format.dateTime(new Date(iso), "day");
  const validationLine = (() => {
    if (!entry.validation) return null;
    const values = { shapes: report?.shapesUsed?.join(", ") || t("validation.applicableShapes"), date: day(entry.validation.checkedAt) };
    if (report?.conforms === null) return t("validation.notValidatedBy", values);
    return entry.validation.conforms ? t("validation.conforms", values) : t("validation.violates", values);
  })();

  return (
    <article className="flex flex-col gap-6">
      <header>
        <p className="text-sm text-slate-600">
          <Link href="/catalogue" className="underline">
            {t("breadcrumb.catalogue")}
          </Link>{" "}
          › {t("breadcrumb.entry")}
        </p>
        <h1 className="mt-1 text-2xl font-bold text-slate-900" data-testid="entry-title">
          {title}
        </h1>
        <EntryPublisher did={entry.issuer} participant={publisher} onBehalf={entry.publishedOnBehalf} />
        <p className="mt-2 flex flex-wrap items-center gap-2 text-sm text-slate-700">
          <TrustBadge
            trust={verification ? (verification.verified ? ((verification.warnings as string[]).length ? "warnings" : "verified") : "failed") : "unverified"}
          />
          <span>{entry.types.join(", ")}</span>
          <span>· {t("statusLine", { status: t("status", { status: entry.status }) })}</span>
          {entry.trustFramework ? <span>· {ruleSetName(entry.trustFramework)}</span> : null}
        </p>
        {description ? <p className="mt-3 max-w-3xl text-slate-800">{description}</p> : null}
      </header>

      {verification ? (
        <TrustPanel
          verified={verification.verified}
          issuer={verification.issuer}
          checks={verification.checks as unknown as TrustCheck[]}
          warnings={verification.warnings as unknown as string[]}
          publisherName={publisher?.legalName ?? null}
          conformance={
            entry.validation ? { conforms: report?.conforms === null ? null : entry.validation.conforms, rules: ruleSetName(entry.trustFramework) } : null
          }
        />
      ) : null}

      <section aria-labelledby="claims-heading" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="claims-heading" className="text-lg font-semibold">
          {t("claims.heading")}
        </h2>
        <div className="mt-3 space-y-4">
          {subjects.map((subject, index) => (
            <ClaimsView key={index} claims={subject} />
          ))}
        </div>
      </section>

      <EntryOrigins origins={await findEntryOrigins({ hash: entry.hash })} local={entry.origin === "LOCAL"} />

      <RequestAccessSection hash={entry.hash} types={entry.types} />

      <section aria-labelledby="graph-heading" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="graph-heading" className="text-lg font-semibold">
          {t("graph.heading")}
        </h2>
        <div className="mt-3">
          <CredentialGraphView graph={buildCredentialGraph({ document, maxNodes: 40 })} />
        </div>
      </section>

      <section aria-labelledby="validation-heading" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="validation-heading" className="text-lg font-semibold">
          {t("validation.heading")}
        </h2>
        {validationLine ? (
          <>
            <p className="mt-2 text-sm break-words">{validationLine}</p>
            {report?.results?.length ? (
              <ul className="mt-2 list-disc pl-5 text-sm">
                {report.results.map((result, index) => (
                  <li key={index}>
                    <strong>{t("validation.severity", { severity: result.severity })}</strong>: {result.message}{" "}
                    {result.path ? <span className="text-slate-600">({result.path})</span> : null}
                  </li>
                ))}
              </ul>
            ) : null}
          </>
        ) : (
          <p className="mt-2 text-sm">{t("validation.none")}</p>
        )}
      </section>

      <section aria-labelledby="versions-heading" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="versions-heading" className="text-lg font-semibold">
          {t("versions.heading")}
        </h2>
        <ol className="mt-2 text-sm">
          {versions.items.map((version) => (
            <li key={version.hash}>
              {version.hash === entry.hash ? (
                <strong>{t("versions.current")}</strong>
              ) : (
                <Link className="underline" href={`/catalogue/${version.hash}`}>
                  {version.title ?? version.hash.slice(0, 12)}
                </Link>
              )}{" "}
              — {t("versions.line", { status: t("status", { status: version.status }), date: day(version.createdAt) })}
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="raw-heading" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="raw-heading" className="text-lg font-semibold">
          {isJwt ? t("document.headingJwt") : t("document.heading")}
        </h2>
        <p className="mt-1 break-all font-mono text-xs text-slate-600">{t("document.hash", { hash: entry.hash })}</p>
        <div className="mt-2">
          <RawDocument
            content={isJwt ? JSON.stringify(document) : content}
            fileName={`${entry.hash.slice(0, 16)}.${isJwt ? "json" : "jsonld"}`}
            mediaType={isJwt ? "application/json" : contentType}
          />
        </div>
      </section>
    </article>
  );
}
