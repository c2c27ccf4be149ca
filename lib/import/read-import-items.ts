import { createReadStream } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { createInterface } from "node:readline";

// The items of an import, streamed one at a time so memory stays flat however large the input:
// a .jsonl file (one JSON-LD credential or compact JWT per line) or a folder of .json/.jsonld/.jwt files.

export interface ImportItem {
  /** Stable position used for resuming: "file.jsonl:42" or "folder/entry.json". */
  key: string;
  text: string;
  contentType: string;
}

function contentTypeOf(text: string): string {
  return text.trimStart().startsWith("{") ? "application/ld+json" : "application/vc+jwt";
}

export async function* readImportItems(source: string): AsyncGenerator<ImportItem> {
  const info = await stat(source);
  if (info.isDirectory()) {
    const names = (await readdir(source)).filter((name) => /\.(json|jsonld|jwt)$/i.test(name)).sort();
    for (const name of names) {
      const text = await new Promise<string>((resolve, reject) => {
        let data = "";
        createReadStream(path.join(source, name), "utf8")
          .on("data", (chunk) => (data += chunk))
          .on("end", () => resolve(data))
          .on("error", reject);
      });
      yield { key: name, text: text.trim(), contentType: contentTypeOf(text) };
    }
    return;
  }
  const lines = createInterface({ input: createReadStream(source, "utf8"), crlfDelay: Infinity });
  let number = 0;
  for await (const line of lines) {
    number += 1;
    if (!line.trim()) continue;
    yield { key: `${path.basename(source)}:${number}`, text: line.trim(), contentType: contentTypeOf(line) };
  }
}
