import { AppError } from "@/lib/errors/app-error";

// JSON.parse silently keeps the last of duplicate keys and accepts `__proto__` members, and recursion
// depth is unbounded. A signed document must mean one thing only, so published JSON is scanned first:
// duplicate keys, `__proto__`/`constructor`-style prototype keys and nesting beyond maxDepth are refused
// with the JSON path of the offence. The scan is linear and allocates no values.

const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

export interface StrictJsonOptions {
  maxDepth?: number;
}

export function parseJsonStrictly(text: string, options: StrictJsonOptions = {}): unknown {
  scan(text, options.maxDepth ?? 64);
  try {
    return JSON.parse(text) as unknown;
  } catch (cause) {
    throw new AppError("BAD_REQUEST", { message: `The body is not valid JSON: ${(cause as Error).message}`, cause });
  }
}

function scan(text: string, maxDepth: number): void {
  const stack: { keys: Set<string> | null; path: string; index: number }[] = [];
  let position = 0;
  let pendingKey: string | null = null;
  const currentPath = () => {
    const top = stack[stack.length - 1];
    return top ? top.path : "$";
  };
  while (position < text.length) {
    const char = text[position];
    if (char === '"') {
      const end = stringEnd(text, position);
      const top = stack[stack.length - 1];
      // A string directly followed by ':' inside an object is a key.
      let look = end + 1;
      while (look < text.length && /\s/.test(text[look] ?? "")) look += 1;
      if (top?.keys && text[look] === ":") {
        let key: string;
        try {
          key = JSON.parse(text.slice(position, end + 1)) as string;
        } catch (cause) {
          throw new AppError("BAD_REQUEST", { message: "The body is not valid JSON (bad string).", cause });
        }
        const path = `${top.path}.${key}`;
        if (FORBIDDEN_KEYS.has(key)) {
          throw invalid(path, `the member name "${key}" is not allowed`);
        }
        if (top.keys.has(key)) throw invalid(path, `duplicate member "${key}": a signed document must be unambiguous`);
        top.keys.add(key);
        pendingKey = path;
      }
      position = end + 1;
      continue;
    }
    if (char === "{" || char === "[") {
      const parent = stack[stack.length - 1];
      const path = pendingKey ?? (parent && !parent.keys ? `${parent.path}[${parent.index}]` : currentPath());
      if (stack.length + 1 > maxDepth) throw invalid(path, `nesting deeper than ${maxDepth} levels`);
      stack.push({ keys: char === "{" ? new Set() : null, path, index: 0 });
      pendingKey = null;
    } else if (char === "}" || char === "]") {
      stack.pop();
      pendingKey = null;
    } else if (char === ",") {
      const top = stack[stack.length - 1];
      if (top && !top.keys) top.index += 1;
      pendingKey = null;
    }
    position += 1;
  }
}

function stringEnd(text: string, start: number): number {
  let position = start + 1;
  while (position < text.length) {
    const char = text[position];
    if (char === "\\") position += 2;
    else if (char === '"') return position;
    else position += 1;
  }
  throw new AppError("BAD_REQUEST", { message: "The body is not valid JSON: unterminated string." });
}

function invalid(path: string, reason: string): AppError {
  return new AppError("INVALID_INPUT", { message: `The document is ambiguous or unsafe at ${path}: ${reason}.`, invalidParams: [{ name: path, reason }] });
}
