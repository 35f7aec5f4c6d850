import { type FaultKind, type Sandbox, type SandboxOptions, startSandbox } from "../../sandbox";
import type { StoredMessage } from "../../sandbox/products/messageLog";
import { testAccounts } from "./accounts";
import { ACCOUNT_SID, AUTH_TOKEN } from "./credentials";
import { realWaitFor } from "./fakeClock";

/** A sandbox of a test's own, with helpers for what tests of sends look at. */
export interface TestSandbox extends Sandbox {
  /** Every message created through the API, oldest first: what recipients would receive. */
  readonly created: StoredMessage[];
  /** Adds a message to the log as if created earlier (another step, another run). */
  seed(message: { to: string; body: string; from?: string; status?: string; date_sent?: null }, createdSecondsAgo: number): void;
  /** Every message in the account's log, oldest first, as the sandbox keeps it (date_sent in epoch ms). */
  readonly messages: StoredMessage[];
  /** Puts a message in the log with the given SID, sent at `sentAt` (epoch ms) or not sent yet (null). */
  addMessage(message: ListedMessage): StoredMessage;
  /** Twilio has now sent a message that was queued. */
  markSent(message: StoredMessage, sentAt: number): void;
  close(): Promise<void>;
}

export interface TestSandboxOptions extends SandboxOptions {
  /** The fault for each message create, by attempt (0 first) and form: none when undefined. */
  createFault?: (attempt: number, form: URLSearchParams) => FaultKind | undefined;
  /** How long each message create takes to answer (on the fake clock when the test runs on one: fakeClock.ts). */
  createDelayMs?: number;
}

/** A message SID made from a number, so tests can name messages in order. */
export function messageSid(n: number): string {
  return `SM${n.toString(16).padStart(32, "0")}`;
}

/** A message as polling tests describe it. */
export interface ListedMessage {
  sid: string;
  direction: "inbound" | "outbound-api";
  from: string;
  to: string;
  body: string;
  sentAt: number | null;
}

const isCreate = (request: { method: string; path: string }) => request.method === "POST" && /\/Messages\.json$/.test(request.path);

/**
 * Starts a sandbox Twilio in the test's process, with the tests' accounts and nothing else in it,
 * so what a test counts is only what it did.
 */
export async function startTestSandbox({ createFault, createDelayMs = 0, ...options }: TestSandboxOptions = {}): Promise<TestSandbox> {
  const sandbox = await startSandbox({
    accounts: testAccounts(),
    latencyMs: (request) => (isCreate(request) ? realWaitFor(createDelayMs) : 0),
    ...options,
  });
  let attempts = 0;
  if (createFault) sandbox.faults.use((request) => (isCreate(request) ? createFault(attempts++, request.form) : undefined));
  const seeded = new Set<string>();
  const log = () => sandbox.inspect<{ messages: StoredMessage[] }>("messages", ACCOUNT_SID)?.messages ?? [];
  const helpers = {
    get created() {
      return log().filter((message) => message.direction !== "inbound" && !seeded.has(message.sid));
    },
    seed(message: { to: string; body: string; from?: string; status?: string; date_sent?: null }, createdSecondsAgo: number) {
      void sandbox
        .control("POST", "messages/seed", {
          AccountSid: ACCOUNT_SID,
          To: message.to,
          From: message.from,
          Body: message.body,
          Status: message.status,
          DateSent: message.date_sent,
          CreatedSecondsAgo: createdSecondsAgo,
        })
        .then((json) => seeded.add((json as { sid: string }).sid));
    },
    get messages() {
      return log();
    },
    addMessage(message: ListedMessage) {
      void sandbox.control("POST", "messages/seed", {
        AccountSid: ACCOUNT_SID,
        Sid: message.sid,
        Direction: message.direction,
        From: message.from,
        To: message.to,
        Body: message.body,
        DateSent: message.sentAt,
      });
      // The control ran synchronously: the message is the last of the log.
      return log()[log().length - 1];
    },
    markSent(message: StoredMessage, sentAt: number) {
      message.date_sent = sentAt;
      message.date_updated = sentAt;
      message.status = message.direction === "inbound" ? "received" : "sent";
    },
    close: () => sandbox.stop(),
  };
  // defineProperties, not assign: `created` stays a getter that reads the log each time.
  return Object.defineProperties(sandbox, Object.getOwnPropertyDescriptors(helpers)) as TestSandbox;
}

const STOPPED_CLOCK: TestSandboxOptions = { clock: { running: false }, tickMs: 0 };

/**
 * A sandbox of each case's own, started before each case and closed after it (on a stopped clock
 * when called without options; options given replace that default): read `sandbox` inside the
 * case, as each case gets a new one.
 */
export function sandboxPerCase(options = STOPPED_CLOCK): { readonly sandbox: TestSandbox } {
  return heldSandbox(beforeEach, afterEach, () => startTestSandbox(options));
}

/**
 * One sandbox for all the cases of the file (or of the describe block it is called in), started
 * before the first and closed after the last (on a stopped clock when called without options;
 * options given replace that default): each case sees what the cases before it left there.
 */
export function sharedSandbox(options = STOPPED_CLOCK): { readonly sandbox: TestSandbox } {
  return heldSandbox(beforeAll, afterAll, () => startTestSandbox(options));
}

/** A sandbox `open`ed in the `start` hook and stopped in the `stop` hook: read `sandbox` once `start` has run. */
export function heldSandbox<S extends Sandbox>(
  start: jest.Lifecycle,
  stop: jest.Lifecycle,
  open: () => Promise<S>,
): { readonly sandbox: S } {
  let sandbox: S;
  start(async () => {
    sandbox = await open();
  });
  stop(() => sandbox.stop());
  return {
    get sandbox() {
      return sandbox;
    },
  };
}

/** A text content template created through the sandbox's Content API, as a builder would make it in the Console. */
export async function createContentTemplate(sandbox: Sandbox, body: string, approval?: string): Promise<string> {
  const answer = await fetch(`${sandbox.url}/content/v1/Content`, {
    method: "POST",
    headers: {
      Authorization: `Basic ${Buffer.from(`${ACCOUNT_SID}:${AUTH_TOKEN}`).toString("base64")}`,
      "Content-Type": "application/json",
    },
    body: JSON.stringify({ friendly_name: "order_update", language: "en", types: { "twilio/text": { body } } }),
  });
  const { sid } = (await answer.json()) as { sid: string };
  if (approval) await sandbox.control("POST", "content/approval", { sid, status: approval });
  return sid;
}
