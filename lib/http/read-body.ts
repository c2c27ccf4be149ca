import { AppError } from "@/lib/errors/app-error";

/**
 * Reads a request body as UTF-8 text, refusing it as soon as it exceeds maxBytes — before parsing and
 * whether or not a Content-Length was sent.
 */
export async function readBodyText(request: Request, options: { maxBytes: number }): Promise<string> {
  const declared = request.headers.get("content-length");
  if (declared && Number(declared) > options.maxBytes) throw tooLarge(options.maxBytes);
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > options.maxBytes) {
      await reader.cancel();
      throw tooLarge(options.maxBytes);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch (cause) {
    throw new AppError("BAD_REQUEST", { message: "The body is not valid UTF-8.", cause });
  }
}

function tooLarge(maxBytes: number): AppError {
  return new AppError("PAYLOAD_TOO_LARGE", { message: `The body exceeds the limit of ${maxBytes} bytes.`, details: { limit: maxBytes } });
}
