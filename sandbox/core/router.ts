import type { IncomingMessage, ServerResponse } from "node:http";
import { ContractViolation, checkRequest, responseViolation } from "./contract";
import { SandboxError, twilioError } from "./errors";
import { answerBeforeWork } from "./faultAnswers";
import { type Faults, isAfterWork } from "./faults";
import { send, sendSpoiled, waitUnlessClosed } from "./http";
import type { Account, Product, RecordedRequest, Reply, Route } from "./types";

interface CompiledRoute {
  product: Product;
  route: Route;
  pattern: RegExp;
  names: string[];
}

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

export interface RouterDependencies {
  accounts: Map<string, Account>;
  faults: Faults;
  /** Runs the products' due work before a request is handled. */
  settle(): Promise<void>;
  /** The most items a list page holds at this moment (undefined: Twilio's own limit). */
  maxPageSize(): number | undefined;
  latencyMs?: (request: { method: string; path: string }) => number;
}

/**
 * Answers a request to one of the products' routes as Twilio would: the route found by its path,
 * the caller authenticated (a parent's credentials act on its subaccounts), the request checked
 * against Twilio's spec and typed by it, faults applied before or after the work, the answer
 * checked against the spec too. Returns the status sent (0 when nothing was).
 */
export function createRouter(products: Product[], dependencies: RouterDependencies) {
  const { accounts, faults, settle, maxPageSize, latencyMs } = dependencies;
  const routes = products.flatMap((product) => product.routes.map((route) => compileRoute(product, route)));

  return async function answer(req: IncomingMessage, res: ServerResponse, recorded: RecordedRequest): Promise<number> {
    const arrived = Date.now();
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
    const cap = maxPageSize();
    if (cap !== undefined && Number(typed.query.PageSize ?? 50) > cap) typed.query.PageSize = cap;

    const fault = faults.choose(recorded);
    if (fault && !isAfterWork(fault.kind)) {
      const refusal = answerBeforeWork(fault);
      return refusal ? reply(refusal) : sendSpoiled(req, res, { status: 0 }, fault);
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
    const wait = (latencyMs?.(recorded) ?? 0) - (Date.now() - arrived);
    if (wait > 0) await waitUnlessClosed(wait, res);
    if (fault?.kind === "500-after") return reply(twilioError(500, 20500, "Internal Server Error"));
    if (fault) return sendSpoiled(req, res, result, fault);
    return reply(result);
  };
}
