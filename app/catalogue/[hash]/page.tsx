import Link from "next/link";
import { notFound } from "next/navigation";
import { AppError } from "@/lib/errors/app-error";
import type { Metadata } from "next";
import { getSelfDescription, getSelfDescriptionVersions } from "@/lib/catalogue/get-self-description";
import { credentialsOf, subjectsOf } from "@/lib/catalogue/derive-projection";
import { TrustPanel, type TrustCheck } from "@/components/trust-panel";
import { ClaimsView } from "@/components/claims-view";
import { RawDocument } from "@/components/raw-document";
import { TrustBadge } from "@/components/trust-badge";
import { CredentialGraphView } from "@/components/credential-graph";
import { buildCredentialGraph } from "@/lib/catalogue/build-credential-graph";
import { RequestAccessSection } from "./request-access-section";
import { EntryOrigins } from "@/components/entry-origins";
import { findEntryOrigins } from "@/lib/federation/find-entry-origins";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Catalogue entry" };

function decodedDocument(content: string, format: string): Record<string, unknown> {
  if (format === "VC_JWT" || format === "VP_JWT") return JSON.parse(Buffer.from(content.split(".")[1] ?? "", "base64url").toString("utf8"));
  return JSON.parse(content);
}

export default async function EntryPage({ params }: { params: Promise<{ hash: string }> }) {
  const { hash } = await params;
  const found = await getSelfDescription({ hash }).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const { entry, content, contentType } = found;
  const versions = await getSelfDescriptionVersions({ hash });
  const document = decodedDocument(content, entry.format);
  const subjects = credentialsOf(document).flatMap(subjectsOf);
  const verification = entry.verification;
  const report = entry.validation?.report as
    | { conforms?: boolean | null; results?: { severity: string; message: string; path: string | null; focusNode: string | null }[]; shapesUsed?: string[] }
    | undefined;
  const isJwt = entry.format.endsWith("JWT");

  return (
    <article className="flex flex-col gap-6">
      <header>
        <p className="text-sm text-slate-600">
          <Link href="/catalogue" className="underline">
            Catalogue
          </Link>{" "}
          › entry
        </p>
        <h1 className="mt-1 text-2xl font-bold text-slate-900" data-testid="entry-title">
          {entry.title}
        </h1>
        <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-slate-700">
          <TrustBadge
            trust={verification ? (verification.verified ? ((verification.warnings as string[]).length ? "warnings" : "verified") : "failed") : "unverified"}
          />
          <span>{entry.types.join(", ")}</span>
          <span>· status {entry.status.toLowerCase()}</span>
          {entry.trustFramework ? <span>· {entry.trustFramework}</span> : null}
        </p>
        {entry.description ? <p className="mt-3 max-w-3xl text-slate-800">{entry.description}</p> : null}
      </header>

      {verification ? (
        <TrustPanel
          verified={verification.verified}
          issuer={verification.issuer}
          checks={verification.checks as unknown as TrustCheck[]}
          warnings={verification.warnings as unknown as string[]}
        />
      ) : null}

      <section aria-labelledby="claims-heading" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="claims-heading" className="text-lg font-semibold">
          What it describes
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
          Nodes and links
        </h2>
        <div className="mt-3">
          <CredentialGraphView graph={buildCredentialGraph({ document, maxNodes: 40 })} />
        </div>
      </section>

      <section aria-labelledby="validation-heading" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="validation-heading" className="text-lg font-semibold">
          Validation
        </h2>
        {entry.validation ? (
          <>
            <p className="mt-2 text-sm break-words">
              {report?.conforms === null ? "Not validated by" : entry.validation.conforms ? "Conforms to" : "Does not conform to"}{" "}
              {report?.shapesUsed?.join(", ") || "the applicable shapes"} (checked {entry.validation.checkedAt.slice(0, 10)}).
            </p>
            {report?.results?.length ? (
              <ul className="mt-2 list-disc pl-5 text-sm">
                {report.results.map((result, index) => (
                  <li key={index}>
                    <strong>{result.severity}</strong>: {result.message} {result.path ? <span className="text-slate-600">({result.path})</span> : null}
                  </li>
                ))}
              </ul>
            ) : null}
          </>
        ) : (
          <p className="mt-2 text-sm">Not validated.</p>
        )}
      </section>

      <section aria-labelledby="versions-heading" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="versions-heading" className="text-lg font-semibold">
          Versions
        </h2>
        <ol className="mt-2 text-sm">
          {versions.items.map((version) => (
            <li key={version.hash}>
              {version.hash === entry.hash ? (
                <strong>this version</strong>
              ) : (
                <Link className="underline" href={`/catalogue/${version.hash}`}>
                  {version.title ?? version.hash.slice(0, 12)}
                </Link>
              )}{" "}
              — {version.status.toLowerCase()}, {version.createdAt.slice(0, 10)}
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="raw-heading" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="raw-heading" className="text-lg font-semibold">
          Document {isJwt ? "(decoded JWT payload below; the JWT is downloadable)" : "as received"}
        </h2>
        <p className="mt-1 break-all font-mono text-xs text-slate-600">sha256 {entry.hash}</p>
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
