import type { Metadata } from "next";
import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { getEnv } from "@/lib/env";
import { buildOpenApiDocument } from "@/lib/openapi/build-openapi-document";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("catalogue.apiDocs");
  return { title: t("title") };
}

export const dynamic = "force-dynamic";

type Operation = {
  summary: string;
  security: unknown[];
  parameters: { name: string; in: string }[];
  requestBody?: { content: Record<string, unknown> };
  responses: Record<string, { description: string }>;
};

// The API's own words (summaries, descriptions) come from the OpenAPI document, which is English.
export default function ApiDocsPage() {
  const t = useTranslations("catalogue.apiDocs");
  const document = buildOpenApiDocument({ serverUrl: getEnv().publicUrl });
  return (
    <div className="max-w-4xl">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 text-slate-700">
        {t.rich("machineReadable", {
          link: (chunks) => (
            <a className="text-brand-700 underline" href="/api/openapi.json">
              {chunks}
            </a>
          ),
        })}{" "}
        <span lang="en">{document.info.description}</span>
      </p>
      {Object.entries(document.paths).map(([path, methods]) => (
        <section key={path} className="mt-6">
          <h2 className="font-mono text-lg font-semibold">{path}</h2>
          {Object.entries(methods as Record<string, Operation>).map(([method, operation]) => (
            <div key={method} className="mt-2 rounded border border-slate-200 bg-white p-3 text-sm">
              <p>
                <span className="mr-2 rounded bg-slate-800 px-2 py-0.5 font-mono text-xs uppercase text-white">{method}</span>
                <span lang="en">{operation.summary}</span> {operation.security.length ? <span className="text-slate-600">{t("secured")}</span> : null}
              </p>
              {operation.parameters.length ? (
                <p className="mt-1 text-slate-700">{t("parameters", { list: operation.parameters.map((p) => `${p.name} (${p.in})`).join(", ") })}</p>
              ) : null}
              {operation.requestBody ? (
                <p className="mt-1 text-slate-700">{t("body", { list: Object.keys(operation.requestBody.content).join(", ") })}</p>
              ) : null}
              <p className="mt-1 text-slate-700">
                {t("responses", {
                  list: Object.entries(operation.responses)
                    .map(([code, response]) => `${code} ${response.description}`)
                    .join("; "),
                })}
              </p>
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}
