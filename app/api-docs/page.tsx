import type { Metadata } from "next";
import { getEnv } from "@/lib/env";
import { buildOpenApiDocument } from "@/lib/openapi/build-openapi-document";

export const metadata: Metadata = { title: "API reference" };
export const dynamic = "force-dynamic";

type Operation = {
  summary: string;
  security: unknown[];
  parameters: { name: string; in: string }[];
  requestBody?: { content: Record<string, unknown> };
  responses: Record<string, { description: string }>;
};

export default function ApiDocsPage() {
  const document = buildOpenApiDocument({ serverUrl: getEnv().publicUrl });
  return (
    <div className="max-w-4xl">
      <h1 className="text-2xl font-bold">API reference</h1>
      <p className="mt-2 text-slate-700">
        Machine-readable:{" "}
        <a className="text-brand-700 underline" href="/api/openapi.json">
          /api/openapi.json
        </a>{" "}
        (OpenAPI 3.1). {document.info.description}
      </p>
      {Object.entries(document.paths).map(([path, methods]) => (
        <section key={path} className="mt-6">
          <h2 className="font-mono text-lg font-semibold">{path}</h2>
          {Object.entries(methods as Record<string, Operation>).map(([method, operation]) => (
            <div key={method} className="mt-2 rounded border border-slate-200 bg-white p-3 text-sm">
              <p>
                <span className="mr-2 rounded bg-slate-800 px-2 py-0.5 font-mono text-xs uppercase text-white">{method}</span>
                {operation.summary} {operation.security.length ? <span className="text-slate-600">(Bearer token or session)</span> : null}
              </p>
              {operation.parameters.length ? (
                <p className="mt-1 text-slate-700">Parameters: {operation.parameters.map((p) => `${p.name} (${p.in})`).join(", ")}</p>
              ) : null}
              {operation.requestBody ? <p className="mt-1 text-slate-700">Body: {Object.keys(operation.requestBody.content).join(", ")}</p> : null}
              <p className="mt-1 text-slate-700">
                Responses:{" "}
                {Object.entries(operation.responses)
                  .map(([code, response]) => `${code} ${response.description}`)
                  .join("; ")}
              </p>
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}
