import { DEMO_ACCOUNT, type Sandbox, type SandboxOptions, startSandbox } from "../../sandbox";
import { heldSandbox } from "../support/sandbox";

export const ACCOUNT = `/2010-04-01/Accounts/${DEMO_ACCOUNT.sid}`;
const basic = (user: string, secret: string) => `Basic ${Buffer.from(`${user}:${secret}`).toString("base64")}`;

export interface Answer {
  status: number;
  headers: Headers;
  json: Record<string, unknown> & { code?: number; message?: string };
}

/** Calls the sandbox as a Twilio client would: Basic auth as the demo account, form-encoded bodies. */
export async function call(
  sandbox: Sandbox,
  method: string,
  path: string,
  form?: Record<string, string | string[]>,
  headers: Record<string, string> = {},
): Promise<Answer> {
  const body = form
    ? new URLSearchParams(
        Object.entries(form).flatMap(([name, value]) =>
          (Array.isArray(value) ? value : [value]).map((one): [string, string] => [name, one]),
        ),
      )
    : undefined;
  const response = await fetch(`${sandbox.url}${path}`, {
    method,
    body,
    headers: { authorization: basic(DEMO_ACCOUNT.sid, DEMO_ACCOUNT.authToken), ...headers },
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, json: text ? JSON.parse(text) : {} };
}

export { basic };

/** The sandbox as startSandbox makes it (none of the tests' accounts or helpers), on a stopped clock: each case's own. */
export const plainSandboxPerCase = (options: SandboxOptions = {}) =>
  heldSandbox(beforeEach, afterEach, () => startSandbox({ clock: { running: false }, tickMs: 0, ...options }));

/** The sandbox as startSandbox makes it, on a stopped clock: one for all the cases of the file or describe block. */
export const plainSharedSandbox = () => heldSandbox(beforeAll, afterAll, () => startSandbox({ clock: { running: false }, tickMs: 0 }));
