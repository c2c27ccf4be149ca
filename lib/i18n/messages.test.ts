import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { LOCALES } from "./locales";
import { MESSAGES } from "./messages";

// Both languages are complete: the same keys, the same placeholders, valid ICU syntax, and German
// words rather than English ones left standing. A missing key in either language fails here.

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

function argumentsOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    into.add(element.value);
    if (element.type === TYPE.select || element.type === TYPE.plural) for (const option of Object.values(element.options)) argumentsOf(option.value, into);
    if (element.type === TYPE.tag) argumentsOf(element.children, into);
  }
  return into;
}

// Values that are the same word in German and English: names, acronyms, formats.
const SAME_IN_BOTH = [
  /^dataLOFT/,
  /^\{[a-zA-Z]+(, number(, ::?[a-z]+)?)?\}$/,
  /^Gaia-X \d+\.\d+$/,
  /^(DID|JSON-LD|Turtle|DCAT-AP|HealthDCAT-AP|Gaia-X|ODRL|SHACL|JWT|API|OK|E-Mail|Status|Name|Link|Region|Details|Hash|Version|Admin|Start|Schemas?|Peers?|Trust Anchors?|Dataset|Service|Tags?)$/i,
];

const directory = join(__dirname, "messages");

describe("message files", () => {
  const flat = Object.fromEntries(LOCALES.map((locale) => [locale, flatten(MESSAGES[locale] as unknown as Tree)]));

  it("every namespace file on disk is loaded in both languages", () => {
    for (const locale of LOCALES) {
      const files = readdirSync(join(directory, locale)).filter((file) => file.endsWith(".json"));
      expect(files.map((file) => file.replace(/\.json$/, "")).sort()).toEqual(Object.keys(MESSAGES[locale]).sort());
      for (const file of files)
        expect(JSON.parse(readFileSync(join(directory, locale, file), "utf8"))).toEqual(
          (MESSAGES[locale] as Record<string, unknown>)[file.replace(/\.json$/, "")],
        );
    }
  });

  it("German and English have the same keys", () => {
    const [de, en] = [flat.de!, flat.en!];
    expect([...de.keys()].filter((key) => !en.has(key))).toEqual([]);
    expect([...en.keys()].filter((key) => !de.has(key))).toEqual([]);
  });

  it("every message is ICU syntax with the same placeholders in both languages", () => {
    for (const [key, english] of flat.en!) {
      const german = flat.de!.get(key) ?? "";
      expect(english.trim(), `en ${key} is empty`).not.toBe("");
      expect(german.trim(), `de ${key} is empty`).not.toBe("");
      const [enArgs, deArgs] = [english, german].map((text) => [...argumentsOf(parse(text))].sort());
      expect(deArgs, `placeholders of ${key}`).toEqual(enArgs);
    }
  });

  it("German is German: no English sentence is left standing", () => {
    const untranslated = [...flat.en!].filter(([key, english]) => flat.de!.get(key) === english && !SAME_IN_BOTH.some((pattern) => pattern.test(english)));
    expect(untranslated.map(([key]) => key)).toEqual([]);
  });
});
