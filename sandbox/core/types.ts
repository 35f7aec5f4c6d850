import type { IncomingHttpHeaders } from "node:http";
import type { Callbacks } from "./callbacks";
import type { Clock } from "./clock";
import type { SpecFile } from "./contract";

/** An account of the sandbox, with the secrets that authenticate as it. */
export interface Account {
  sid: string;
  authToken: string;
  /** API key SID (SK...) to its secret. */
  apiKeys: Record<string, string>;
  /** Set on a subaccount: its parent, whose credentials may act on it under /2010-04-01/Accounts/{its SID}/. */
  ownerSid?: string;
  /**
   * Twilio's test credentials: only the routes marked `testCredentials` answer (403, 20008 for the
   * rest), the magic numbers decide the outcome and nothing is kept (sandbox/products/testCredentials.ts).
   */
  test?: boolean;
  /** A trial account (type "Trial"): Twilio limits what it may send and to whom. */
  trial?: boolean;
}

/** A request as a product route sees it: authenticated, checked against Twilio's spec, typed. */
export interface SandboxRequest {
  method: string;
  path: string;
  /** Path parameters by the spec's names (AccountSid, Sid, Key...), URL-decoded. */
  params: Record<string, string>;
  /** Query parameters as the spec types them. */
  query: Record<string, unknown>;
  /** Form (or JSON) body as the spec types them: repeated keys are arrays, numbers are numbers. */
  body: Record<string, unknown>;
  headers: IncomingHttpHeaders;
  account: Account;
}

export interface Reply {
  status: number;
  json?: unknown;
  /** Raw bytes (recordings, media) sent as they are with the headers given. */
  body?: string | Buffer;
  headers?: Record<string, string>;
}

/** One of Twilio's operations, as the spec names its path (without the host prefix). */
export interface Route {
  method: "GET" | "POST" | "DELETE";
  path: string;
  /** false for what the spec does not describe (binary downloads): not checked against it. */
  checked?: boolean;
  /** true for the creates Twilio's test credentials may make (messages, calls, phone numbers). */
  testCredentials?: boolean;
  handle(request: SandboxRequest): Reply | Promise<Reply>;
}

/** A sandbox-only endpoint under /__sandbox/, JSON in and out, no auth. */
export interface ControlRoute {
  method: "GET" | "POST" | "DELETE";
  /** Below /__sandbox/, e.g. "incoming/messages". */
  path: string;
  handle(body: Record<string, unknown>, query: URLSearchParams): unknown | Promise<unknown>;
}

/** What every product module gets from the sandbox. */
export interface SandboxContext {
  clock: Clock;
  callbacks: Callbacks;
  /** A fresh SID: the prefix and 32 hexadecimal characters. */
  sid(prefix: string): string;
  /** This product's state for one account, created on first use and dropped on reset. */
  state<T>(key: string, accountSid: string, init: () => T): T;
  account(sid: string): Account | undefined;
  accounts(): Account[];
  /** Adds a subaccount (an account with an ownerSid): it authenticates like any account, and is forgotten on reset. */
  addSubaccount(account: Account & { ownerSid: string }): void;
}

/**
 * A Twilio product: its host (the spec file and the Base URL prefix the component maps the host
 * to), its routes, and optionally sandbox-only controls and work that is due as time passes.
 */
export interface Product {
  name: string;
  spec: SpecFile;
  /** "" for api.twilio.com (2010-04-01), "/sync" for sync.twilio.com... */
  prefix: string;
  routes: Route[];
  control?: ControlRoute[];
  /** Runs what is due at the clock's time (status changes, callbacks, expiries). */
  settle?(): Promise<void> | void;
}

export type ProductFactory = (context: SandboxContext) => Product;

/** A request as received, before any check: what tests and the bench read back. */
export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  rawBody: string;
  form: URLSearchParams;
  /** The answer's status, or 0 when the connection was dropped or never answered. */
  status: number;
  /** Which connection carried it (1 the first the sandbox accepted): shows which requests shared one. */
  connection?: number;
}
