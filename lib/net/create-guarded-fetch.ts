// The one way server code reaches other hosts (DID documents, x5u chains, status lists, federation
// peers). The host is looked up once, every address is vetted, and the socket is pinned to a vetted
// address through a custom `lookup`: a second lookup could answer differently (DNS rebinding).
import { promises as dns } from "node:dns";
import type { IncomingMessage } from "node:http";
import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";

import { AppError } from "@/lib/errors/app-error";

import { checkPublicAddress } from "./check-public-address";
import { createPinnedLookup } from "./create-pinned-lookup";
import { parseGuardedUrl, type GuardedUrl } from "./parse-guarded-url";

export interface ResolvedAddress {
  address: string;
  family: number;
}

export type LookupAddresses = (hostname: string) => Promise<ResolvedAddress[]>;

export interface GuardedResponse {
  url: string;
  status: number;
  contentType: string | null;
  body: Uint8Array;
  text(): string;
}

export interface GuardedRequestInit {
  accept?: string;
  headers?: Record<string, string>;
  /** GET by default; POST sends `body` (e.g. a Dataspace Protocol callback message). */
  method?: "GET" | "POST";
  body?: string;
}

export type GuardedFetch = (url: string, init?: GuardedRequestInit) => Promise<GuardedResponse>;

export interface CreateGuardedFetchOptions {
  /** When given, only these host names may be fetched. */
  allowHosts?: readonly string[];
  /** Operator-listed hosts that may be reached over http and on private addresses (see parseGuardedUrl). */
  privateHosts?: readonly string[];
  timeoutMs?: number;
  maxBytes?: number;
  /** DNS lookup returning every address of a name; injected in tests. */
  lookup?: LookupAddresses;
  /** node:https request; injected in tests so that no socket is ever opened. */
  request?: typeof httpsRequest;
}

const systemLookup: LookupAddresses = (hostname) => dns.lookup(hostname, { all: true, verbatim: true });

function withTimeout<T>(promise: Promise<T>, timeoutMs: number, url: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new AppError("TIMEOUT", { message: `Timed out looking up ${url}` })), timeoutMs);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

interface GetOptions {
  request: typeof httpsRequest;
  target: GuardedUrl;
  pinned: ResolvedAddress;
  timeoutMs: number;
  maxBytes: number;
  accept: string;
  headers: Record<string, string>;
  method: "GET" | "POST";
  body?: string;
}

function get(options: GetOptions): Promise<GuardedResponse> {
  const { target, maxBytes } = options;
  const href = target.url.href;
  return new Promise((resolve, reject) => {
    let settled = false;
    let response: IncomingMessage | undefined;
    const finish = (error: AppError | null, value?: GuardedResponse) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (error) {
        response?.destroy();
        outgoing.destroy();
        reject(error);
      } else if (value) resolve(value);
    };
    const upstream = (message: string, details: Record<string, unknown> = {}, cause?: unknown) =>
      new AppError("UPSTREAM_FAILED", { message: `${href}: ${message}`, details: { url: href, ...details }, cause });
    const timer = setTimeout(
      () => finish(new AppError("TIMEOUT", { message: `${href}: no complete answer within ${options.timeoutMs} ms` })),
      options.timeoutMs,
    );
    const outgoing = options.request(
      {
        host: target.hostname,
        ...(target.url.protocol === "https:" ? { servername: target.hostname } : {}),
        port: target.port,
        path: `${target.url.pathname}${target.url.search}`,
        method: options.method,
        headers: {
          ...options.headers,
          ...(options.body !== undefined ? { "content-length": String(Buffer.byteLength(options.body)) } : {}),
          accept: options.accept,
          "user-agent": "dataLOFT-catalogue",
        },
        agent: false,
        lookup: createPinnedLookup(options.pinned),
      },
      (incoming) => {
        response = incoming;
        const status = incoming.statusCode ?? 0;
        // Redirects are not followed: the new location would escape the vetting above.
        if (status >= 300 && status < 400) return finish(upstream(`answered ${status} (redirects are not followed)`, { status }));
        if (status < 200 || status >= 300) return finish(upstream(`answered ${status}`, { status }));
        const declared = Number(incoming.headers["content-length"] ?? NaN);
        if (declared > maxBytes) return finish(upstream(`answer of ${declared} bytes exceeds ${maxBytes}`, { maxBytes }));
        const chunks: Buffer[] = [];
        let received = 0;
        incoming.on("data", (chunk: Buffer) => {
          received += chunk.length;
          if (received > maxBytes) return finish(upstream(`answer exceeds ${maxBytes} bytes`, { maxBytes }));
          chunks.push(chunk);
        });
        incoming.on("error", (error) => finish(upstream("answer broke off", {}, error)));
        incoming.on("end", () => {
          const body = new Uint8Array(Buffer.concat(chunks));
          const contentType = incoming.headers["content-type"] ?? null;
          finish(null, { url: href, status, contentType, body, text: () => new TextDecoder().decode(body) });
        });
      },
    );
    outgoing.on("error", (error) => finish(upstream("request failed", {}, error)));
    outgoing.end(options.body);
  });
}

/** An https GET (or POST) that refuses private networks, redirects, slow answers and large answers. */
export function createGuardedFetch(options: CreateGuardedFetchOptions = {}): GuardedFetch {
  const timeoutMs = options.timeoutMs ?? 3000;
  const maxBytes = options.maxBytes ?? 100_000;
  const lookup = options.lookup ?? systemLookup;
  const request = options.request ?? httpsRequest;
  return async (url, init = {}) => {
    const target = parseGuardedUrl({ url, allowHosts: options.allowHosts, privateHosts: options.privateHosts });
    const startedAt = Date.now();
    let addresses: ResolvedAddress[];
    try {
      addresses = await withTimeout(lookup(target.hostname), timeoutMs, url);
    } catch (cause) {
      if (cause instanceof AppError) throw cause;
      throw new AppError("UPSTREAM_FAILED", { message: `Cannot look up ${target.hostname}`, cause, details: { url } });
    }
    if (addresses.length === 0) {
      throw new AppError("UPSTREAM_FAILED", { message: `${target.hostname} has no address`, details: { url } });
    }
    // Refuse when ANY address is non-public: an attacker controls which one a resolver hands out.
    for (const { address } of target.private ? [] : addresses) {
      const verdict = checkPublicAddress({ address });
      if (!verdict.allowed) {
        throw new AppError("INVALID_INPUT", {
          message: `Refused to fetch ${url}: ${target.hostname} resolves to ${verdict.reason}`,
          details: { url, reason: "non-public address" },
        });
      }
    }
    const pinned = addresses[0] as ResolvedAddress;
    const remaining = Math.max(1, timeoutMs - (Date.now() - startedAt));
    // Plain http only ever reaches an operator-listed private host (parseGuardedUrl refuses it otherwise).
    const send = target.url.protocol === "http:" ? (options.request ?? (httpRequest as typeof httpsRequest)) : request;
    return get({
      request: send,
      target,
      pinned,
      timeoutMs: remaining,
      maxBytes,
      accept: init.accept ?? "application/json",
      headers: init.headers ?? {},
      method: init.method ?? "GET",
      body: init.body,
    });
  };
}
