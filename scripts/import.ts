// npm run import -- <folder|file.jsonl> [--url http://localhost:3000] [--token …] [--state file]
// Publishes every credential through the running portal's API; resumable; prints a progress line.
import path from "node:path";
import { readImportItems } from "@/lib/import/read-import-items";
import { runImport, type PostResult } from "@/lib/import/run-import";

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? process.argv[index + 1] : undefined;
}

async function main() {
  const source = process.argv[2];
  if (!source || source.startsWith("--")) throw new Error("usage: npm run import -- <folder|file.jsonl> [--url URL] [--token TOKEN] [--state FILE]");
  const baseUrl = (argument("url") ?? process.env.DATALOFT_URL ?? `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/$/, "");
  const token = argument("token") ?? process.env.DATALOFT_TOKEN ?? process.env.DATALOFT_ADMIN_TOKEN;
  if (!token) throw new Error("Give an API token with --token or DATALOFT_TOKEN (create one on your organisation page).");
  const stateFile = argument("state") ?? `${path.resolve(source)}.import-state.jsonl`;
  const onBehalf = process.argv.includes("--on-behalf");

  const post = async (item: { text: string; contentType: string }): Promise<PostResult> => {
    const response = await fetch(`${baseUrl}/api/v1/self-descriptions${onBehalf ? "?onBehalf=true" : ""}`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": item.contentType },
      body: item.text,
    });
    const body = (await response.json().catch(() => null)) as PostResult["body"];
    return { status: response.status, body };
  };

  const started = Date.now();
  const report = await runImport({
    items: readImportItems(source),
    post,
    stateFile,
    onProgress: (r) => {
      const total = r.accepted + r.alreadyPresent + r.rejected;
      const rate = total / Math.max(0.001, (Date.now() - started) / 1000);
      process.stderr.write(`\r${total} done · ${r.accepted} accepted · ${r.alreadyPresent} already present · ${r.rejected} rejected · ${rate.toFixed(1)}/s   `);
    },
  });
  process.stderr.write("\n");
  console.log(JSON.stringify({ ...report, stateFile }, null, 2));
  if (report.rejected > 0) process.exitCode = 2;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
