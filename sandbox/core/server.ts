import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { createServer as createTlsServer } from "node:https";
import type { AddressInfo } from "node:net";
import { type CallbackOptions, type Callbacks, createCallbacks } from "./callbacks";
import { type Clock, type ClockOptions, createClock } from "./clock";
import { sandboxControls } from "./control";
import { SandboxError, twilioError } from "./errors";
import { createFaults, type Faults } from "./faults";
import { readRequest, send } from "./http";
import { createRouter } from "./router";
import type { Account, ControlRoute, ProductFactory, RecordedRequest, Reply, SandboxContext } from "./types";

export interface SandboxOptions {
  /** The accounts that may authenticate (default: none; add them with `addAccount` or the control endpoint). */
  accounts?: Account[];
  clock?: ClockOptions;
  callbacks?: CallbackOptions;
  /** Port on 127.0.0.1 (default: a free one). */
  port?: number;
  /** How often due work runs in real time, in ms (default 100; 0: only on requests and clock advances). */
  tickMs?: number;
  /** The most items a list page holds, whatever PageSize asks for (default: Twilio's 1000): lets a test reach many pages with few items. */
  maxPageSize?: number;
  /** How long after it arrives the sandbox answers a request, in ms, its own work included (default: at once). */
  latencyMs?: (request: { method: string; path: string }) => number;
  /** Serve HTTPS with this key and certificate (e.g. a self-signed one for 127.0.0.1) instead of HTTP. */
  tls?: { key: string | Buffer; cert: string | Buffer };
}

export interface Sandbox {
  /** Base URL without trailing slash, e.g. http://127.0.0.1:41234 (https:// with the `tls` option) */
  url: string;
  /** Connections accepted so far (TLS connections when serving HTTPS); RecordedRequest.connection numbers them from 1. */
  readonly connections: number;
  clock: Clock;
  faults: Faults;
  callbacks: Callbacks;
  /** The most items a list page holds, whatever PageSize asks for; may be changed while the sandbox runs. */
  maxPageSize: number | undefined;
  /** Every request received except the control endpoints', oldest first. */
  requests: RecordedRequest[];
  addAccount(account: Account): void;
  /** A product's state for one account as it keeps it (see each product module), for tests in the same process. */
  inspect<T>(key: string, accountSid: string): T | undefined;
  /** Runs whatever is due now (status changes, callbacks) and waits for callbacks in flight. */
  settle(): Promise<void>;
  /** Forgets every resource, request, callback and fault; accounts stay. */
  reset(): void;
  /** Calls a control endpoint in process: what `POST {url}/__sandbox/{path}` does. */
  control(method: ControlRoute["method"], path: string, body?: Record<string, unknown>): Promise<unknown>;
  stop(): Promise<void>;
}

const CONTROL_PREFIX = "/__sandbox/";

/** Starts a sandbox Twilio on 127.0.0.1 with the given products (see sandbox/index.ts for the default list). */
export async function startSandboxServer(factories: ProductFactory[], options: SandboxOptions = {}): Promise<Sandbox> {
  const accounts = new Map<string, Account>((options.accounts ?? []).map((account) => [account.sid, account]));
  const clock = createClock(options.clock);
  const callbacks = createCallbacks(options.callbacks);
  const faults = createFaults();
  const requests: RecordedRequest[] = [];
  const states = new Map<string, unknown>();

  const context: SandboxContext = {
    clock,
    callbacks,
    sid: (prefix) => `${prefix}${randomBytes(16).toString("hex")}`,
    state<T>(key: string, accountSid: string, init: () => T): T {
      const id = `${key} ${accountSid}`;
      if (!states.has(id)) states.set(id, init());
      return states.get(id) as T;
    },
    account: (sid) => accounts.get(sid),
    accounts: () => [...accounts.values()],
    addSubaccount: (account) => void accounts.set(account.sid, account),
  };
  const products = factories.map((factory) => factory(context));
  const controls = new Map<string, ControlRoute>();
  const settle = async () => {
    for (const product of products) await product.settle?.();
  };
  clock.onAdvance(settle);

  const reset = () => {
    for (const account of accounts.values()) if (account.ownerSid) accounts.delete(account.sid);
    states.clear();
    requests.length = 0;
    callbacks.reset();
    faults.set([]);
    faults.use(undefined);
  };
  const coreControls = sandboxControls({
    clock,
    callbacks,
    faults,
    requests,
    reset,
    addAccount: (account) => accounts.set(account.sid, account),
  });
  for (const control of [...coreControls, ...products.flatMap((product) => product.control ?? [])]) {
    controls.set(`${control.method} ${control.path}`, control);
  }

  const runControl = async (method: string, path: string, body: Record<string, unknown>, query: URLSearchParams): Promise<Reply> => {
    const control = controls.get(`${method} ${path}`);
    if (!control) return twilioError(404, 20404, `No sandbox control ${method} /__sandbox/${path}`);
    try {
      return { status: 200, json: (await control.handle(body, query)) ?? {} };
    } catch (error) {
      if (error instanceof SandboxError) return error.answer;
      return twilioError(400, 20001, (error as Error).message);
    }
  };

  const answerRoute = createRouter(products, {
    accounts,
    faults,
    settle,
    maxPageSize: () => sandbox.maxPageSize,
    latencyMs: options.latencyMs,
  });
  async function answer(req: IncomingMessage, res: ServerResponse, recorded: RecordedRequest): Promise<number> {
    if (!recorded.path.startsWith(CONTROL_PREFIX)) return answerRoute(req, res, recorded);
    const body =
      recorded.rawBody && !recorded.form.size
        ? (JSON.parse(recorded.rawBody) as Record<string, unknown>)
        : Object.fromEntries(recorded.form);
    const reply = await runControl(recorded.method, recorded.path.slice(CONTROL_PREFIX.length), body, recorded.query);
    send(res, reply);
    return reply.status;
  }

  const connectionOf = new WeakMap<object, number>();
  let connections = 0;
  const handler = async (req: IncomingMessage, res: ServerResponse) => {
    const recorded = await readRequest(req);
    recorded.connection = connectionOf.get(req.socket);
    // What tests and the bench count is what a Twilio client sent, not the sandbox's own controls.
    if (!recorded.path.startsWith(CONTROL_PREFIX)) requests.push(recorded);
    try {
      recorded.status = await answer(req, res, recorded);
    } catch (error) {
      recorded.status = 500;
      if (!res.headersSent) send(res, twilioError(500, 20500, `sandbox failed: ${(error as Error).message}`));
    }
  };
  const server = options.tls ? createTlsServer({ key: options.tls.key, cert: options.tls.cert }, handler) : createServer(handler);
  server.on(options.tls ? "secureConnection" : "connection", (socket: object) => connectionOf.set(socket, ++connections));
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const tick = (options.tickMs ?? 100) > 0 ? setInterval(() => void settle(), options.tickMs ?? 100).unref() : undefined;

  const sandbox: Sandbox = {
    maxPageSize: options.maxPageSize,
    url: `${options.tls ? "https" : "http"}://127.0.0.1:${port}`,
    get connections() {
      return connections;
    },
    clock,
    faults,
    callbacks,
    requests,
    addAccount: (account) => void accounts.set(account.sid, account),
    inspect: <T>(key: string, accountSid: string) => states.get(`${key} ${accountSid}`) as T | undefined,
    settle: async () => {
      await settle();
      await callbacks.idle();
    },
    reset,
    control: async (method, path, body = {}) => {
      const reply = await runControl(method, path, body, new URLSearchParams(body as Record<string, string>));
      if (reply.status >= 400) throw new Error((reply.json as { message: string }).message);
      return reply.json;
    },
    stop: async () => {
      if (tick) clearInterval(tick);
      await callbacks.idle();
      await new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
    },
  };
  return sandbox;
}
