import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { createServer as createTlsServer } from "node:https";
import type { AddressInfo } from "node:net";
import { type CallbackOptions, type Callbacks, createCallbacks } from "./callbacks";
import { type Clock, type ClockOptions, createClock } from "./clock";
import { ContractViolation, checkRequest, responseViolation } from "./contract";
import { sandboxControls } from "./control";
import { SandboxError, twilioError } from "./errors";
import { createFaults, type Faults, isAfterWork } from "./faults";
import { readRequest, send, sendSpoiled, waitUnlessClosed } from "./http";
import type { Account, ControlRoute, Product, ProductFactory, RecordedRequest, Reply, Route, SandboxContext } from "./types";

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

interface CompiledRoute {
  product: Product;
  route: Route;
  pattern: RegExp;
  names: string[];
}

const CONTROL_PREFIX = "/__sandbox/";
/** The error codes a fault rule may name, as Twilio words them, with the status Twilio answers them with when not the rule's own. */
const faultAnswers: Record<number, { status?: number; message: string }> = {
  20403: { status: 403, message: "Permission Denied" },
  20404: { status: 404, message: "The requested resource was not found" },
  20429: { message: "Too Many Requests" },
  20503: { status: 503, message: "Service Unavailable" },
  21211: { message: "Invalid 'To' Phone Number" },
  21610: { message: "Attempt to send to unsubscribed recipient" },
  // What Twilio answers to a DELETE of a message it is not done with, sometimes for a while after its final status.
  20009: { status: 409, message: "Cannot delete message because delivery has not been completed." },
  60200: { message: "Invalid parameter" },
  60203: { message: "Max send attempts reached" },
  60205: { message: "SMS is not supported by landline phone number" },
  60212: { message: "Too many concurrent requests for phone number" },
  // WhatsApp's refusals of a send, as Twilio words them.
  21910: { message: "Invalid From and To pair. From and To should be of the same channel" },
  63003: { message: "Channel could not find To address" },
  63007: { message: "Twilio could not find a Channel with the specified From address" },
  63015: { message: "Channel Sandbox can only send messages to phone numbers that have joined the Sandbox" },
  63016: { message: "Failed to send freeform message because you are outside the allowed window." },
  63018: { message: "Rate limit exceeded for Channel" },
  63024: { message: "Invalid message recipient" },
  63027: { message: "Template does not exist for a language and locale" },
  63028: { message: "Number of parameters provided does not match the expected number of parameters" },
  63032: { message: "User's number is part of an experiment" },
  63049: { message: "Meta chose not to deliver this WhatsApp marketing message" },
};
const faultAnswer = (status: number, code: number, headers?: Record<string, string>) =>
  twilioError(
    faultAnswers[code]?.status ?? status,
    code,
    faultAnswers[code]?.message ?? "Refused by the sandbox's fault injector",
    headers,
  );

function compileRoute(product: Product, route: Route): CompiledRoute {
  const names: string[] = [];
  const source = route.path.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\\?\{([^}]+)\\?\}|\{([^}]+)\}/g, (_all, a, b) => {
    names.push(a ?? b);
    return "([^/]+)";
  });
  return { product, route, names, pattern: new RegExp(`^${product.prefix}${source}$`) };
}

function authenticate(header: string | undefined, accounts: Map<string, Account>): Account | undefined {
  const match = /^Basic (.+)$/.exec(header ?? "");
  if (!match) return undefined;
  const decoded = Buffer.from(match[1], "base64").toString("utf8");
  const split = decoded.indexOf(":");
  const [user, secret] = [decoded.slice(0, split), decoded.slice(split + 1)];
  const account = accounts.get(user);
  if (account) return account.authToken === secret ? account : undefined;
  return [...accounts.values()].find((candidate) => candidate.apiKeys[user] !== undefined && candidate.apiKeys[user] === secret);
}

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
  const routes = products.flatMap((product) => product.routes.map((route) => compileRoute(product, route)));
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

  async function answer(req: IncomingMessage, res: ServerResponse, recorded: RecordedRequest): Promise<number> {
    const arrived = Date.now();
    if (recorded.path.startsWith(CONTROL_PREFIX)) {
      const body =
        recorded.rawBody && !recorded.form.size
          ? (JSON.parse(recorded.rawBody) as Record<string, unknown>)
          : Object.fromEntries(recorded.form);
      const reply = await runControl(recorded.method, recorded.path.slice(CONTROL_PREFIX.length), body, recorded.query);
      send(res, reply);
      return reply.status;
    }
    let params: Record<string, string> = {};
    const found = routes.find(({ route, pattern, names }) => {
      if (route.method !== recorded.method) return false;
      const match = pattern.exec(recorded.path);
      if (match) params = Object.fromEntries(names.map((name, index) => [name, decodeURIComponent(match[index + 1])]));
      return match !== null;
    });
    const reply = (direct: Reply) => {
      send(res, direct);
      return direct.status;
    };
    if (!found) return reply(twilioError(404, 20404, `The requested resource ${recorded.path} was not found`));
    const caller = authenticate(req.headers.authorization, accounts);
    if (!caller) return reply(twilioError(401, 20003, "Authenticate"));
    const { product, route } = found;
    if (caller.test && !route.testCredentials)
      return reply(twilioError(403, 20008, "Resource not accessible with Test Account Credentials"));
    let typed = {
      body: Object.fromEntries(recorded.form) as Record<string, unknown>,
      query: Object.fromEntries(recorded.query) as Record<string, unknown>,
    };
    if (route.checked !== false) {
      try {
        const isJson = (req.headers["content-type"] ?? "").startsWith("application/json");
        typed = checkRequest(product.spec, route.path, route.method, {
          params,
          query: recorded.query,
          headers: req.headers,
          body: isJson && recorded.rawBody ? (JSON.parse(recorded.rawBody) as Record<string, unknown>) : recorded.form,
        });
      } catch (error) {
        if (!(error instanceof ContractViolation)) throw error;
        return reply(twilioError(400, 20001, `Invalid request: ${error.message}`));
      }
    }
    // A parent's credentials act on its subaccounts under their own paths, as Twilio's do.
    const named = params.AccountSid ? accounts.get(params.AccountSid) : caller;
    const account = named && (named.sid === caller.sid || named.ownerSid === caller.sid) ? named : undefined;
    if (!account) return reply(twilioError(401, 20003, "Authenticate"));
    const cap = sandbox.maxPageSize;
    if (cap !== undefined && Number(typed.query.PageSize ?? 50) > cap) typed.query.PageSize = cap;

    const fault = faults.choose(recorded);
    if (fault && !isAfterWork(fault.kind)) {
      if (fault.kind === "429") return reply(faultAnswer(429, fault.code ?? 20429, { "retry-after": String(fault.retryAfter) }));
      if (fault.kind === "500-before") return reply(twilioError(500, 20500, "Internal Server Error"));
      if (fault.kind === "bad-gateway")
        return reply({ status: 502, body: "<html><body><h1>502 Bad Gateway</h1></body></html>", headers: { "content-type": "text/html" } });
      if (fault.kind === "refused") return reply(faultAnswer(400, fault.code ?? 21211));
      return sendSpoiled(req, res, { status: 0 }, fault);
    }

    await settle();
    let result: Reply;
    try {
      result = await route.handle({
        method: route.method,
        path: recorded.path.slice(product.prefix.length),
        params,
        ...typed,
        headers: req.headers,
        account,
      });
    } catch (error) {
      if (!(error instanceof SandboxError)) throw error;
      result = error.answer;
    }
    if (route.checked !== false && result.status < 300 && result.json !== undefined) {
      const violation = responseViolation(product.spec, route.path, route.method, result.status, result.json);
      if (violation) {
        process.stderr.write(`sandbox: ${route.method} ${route.path} answered outside Twilio's spec: ${violation}\n`);
        result = twilioError(500, 20500, `The sandbox's answer breaks Twilio's spec: ${violation}`);
      }
    }
    const wait = (options.latencyMs?.(recorded) ?? 0) - (Date.now() - arrived);
    if (wait > 0) await waitUnlessClosed(wait, res);
    if (fault?.kind === "500-after") return reply(twilioError(500, 20500, "Internal Server Error"));
    if (fault) return sendSpoiled(req, res, result, fault);
    return reply(result);
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
