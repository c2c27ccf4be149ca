// JSON.parse in Node 20 does not say where a syntax error is. This scanner finds the first offending
// character so an upload can be refused with a line and column, as n3 does for Turtle.

export interface JsonErrorLocation {
  line: number;
  column: number;
  reason: string;
}

export function locateJsonError(text: string): JsonErrorLocation | null {
  let position = 0;
  const fail = (reason: string): never => {
    throw new LocatedError(reason, position);
  };
  const skipSpace = () => {
    while (position < text.length && " \t\n\r".includes(text[position] ?? "")) position += 1;
  };
  const expectLiteral = (literal: string) => {
    if (text.startsWith(literal, position)) position += literal.length;
    else fail(`expected ${literal}`);
  };
  const readString = () => {
    position += 1;
    while (position < text.length) {
      const char = text[position] ?? "";
      if (char === '"') {
        position += 1;
        return;
      }
      if (char === "\\") {
        const escaped = text[position + 1] ?? "";
        if (escaped === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(position + 2, position + 6))) fail("bad \\u escape");
          position += 6;
        } else if ('"\\/bfnrt'.includes(escaped) && escaped !== "") position += 2;
        else fail("bad escape");
        continue;
      }
      if (char < " ") fail("control character in string");
      position += 1;
    }
    fail("unterminated string");
  };
  const readNumber = () => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(position));
    if (!match) fail("bad number");
    else position += match[0].length;
  };
  const readValue = (depth: number): void => {
    if (depth > 512) fail("nested too deeply");
    skipSpace();
    const char = text[position];
    if (char === "{") {
      position += 1;
      skipSpace();
      if (text[position] === "}") {
        position += 1;
        return;
      }
      for (;;) {
        skipSpace();
        if (text[position] !== '"') fail('expected a member name in "double quotes"');
        readString();
        skipSpace();
        if (text[position] !== ":") fail('expected ":"');
        position += 1;
        readValue(depth + 1);
        skipSpace();
        if (text[position] === ",") position += 1;
        else if (text[position] === "}") return void (position += 1);
        else fail('expected "," or "}"');
      }
    }
    if (char === "[") {
      position += 1;
      skipSpace();
      if (text[position] === "]") return void (position += 1);
      for (;;) {
        readValue(depth + 1);
        skipSpace();
        if (text[position] === ",") position += 1;
        else if (text[position] === "]") return void (position += 1);
        else fail('expected "," or "]"');
      }
    }
    if (char === '"') return readString();
    if (char === "t") return expectLiteral("true");
    if (char === "f") return expectLiteral("false");
    if (char === "n") return expectLiteral("null");
    if (char === "-" || (char !== undefined && char >= "0" && char <= "9")) return readNumber();
    fail(char === undefined ? "unexpected end of input" : `unexpected character ${JSON.stringify(char)}`);
  };

  try {
    readValue(0);
    skipSpace();
    if (position < text.length) fail("unexpected content after the JSON value");
    return null;
  } catch (error) {
    if (!(error instanceof LocatedError)) throw error;
    const before = text.slice(0, error.position);
    const lines = before.split("\n");
    return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1, reason: error.message };
  }
}

class LocatedError extends Error {
  constructor(
    message: string,
    readonly position: number,
  ) {
    super(message);
  }
}
