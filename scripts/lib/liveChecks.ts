/**
 * The checks `npm run test:live` runs against real Twilio (or whatever TWILIO_BASE_URL points at):
 * which ones run for which environment variables, and what each expects. They call the built
 * component through spectral's harness, as the platform does, and judge only what it returns.
 */
import { setTimeout as sleep } from "node:timers/promises";
import { seconds } from "./bundle";
import type { LiveSet, TestCredentialSet } from "./livePlan";

/** Runs one action of the component by key, as the platform does (spectral's harness). */
export type RunAction = (key: string, params: Record<string, unknown>) => Promise<unknown>;
type Record_ = Record<string, unknown>;

/**
 * Twilio's magic numbers for test credentials (docs: IAM > Test Credentials). Messages and calls
 * do not share error codes: an invalid To is 21211 for a message but 21217 for a call.
 */
export const MAGIC = {
  validFrom: "+15005550006",
  invalidNumber: "+15005550001",
  messageInvalidTo: 21211,
  messageInvalidFrom: 21212,
  callInvalidTo: 21217,
  callInvalidFrom: 21212,
} as const;

/** Waiting for a status or a deletable message: quick at first, then every few seconds. */
const POLL_DELAYS_MS = [250, 500, 1000, 2000, 3000, 5000];
const IN_PROGRESS_STATUSES = new Set(["accepted", "scheduled", "queued", "sending", "receiving"]);
const NOT_YET_DELETABLE = 20009;
const NOT_FOUND = 20404;
const TEST_TWIML = "<Response><Say>Twilio component check.</Say></Response>";

/** A check that ran and did not get what it expected. Any other error thrown by a check also fails it. */
export class CheckFailure extends Error {}

/** Runs and records checks; `report` is told of each result as soon as it is known. */
export interface CheckRunner {
  /** Runs `run`, which returns what it found (a pass) or throws (a fail). Resolves to whether it passed. */
  check(name: string, run: () => Promise<string>): Promise<boolean>;
  notRun(name: string, reason: string): void;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function hasCode(message: string, code: number): boolean {
  return new RegExp(`\\b${code}\\b`).test(message);
}

/** Passes when the step fails with Twilio's error `code` in the component's error message. */
async function expectTwilioError(step: Promise<unknown>, code: number): Promise<string> {
  let result: unknown;
  try {
    result = await step;
  } catch (error) {
    const message = errorMessage(error);
    if (!hasCode(message, code)) throw new CheckFailure(`expected Twilio error ${code} in the error, got: ${message}`);
    return message;
  }
  const sid = (result as { data?: Record_ })?.data?.sid;
  throw new CheckFailure(`expected Twilio error ${code}, but it succeeded${sid ? ` (${sid})` : ""}`);
}

function dataOf(result: unknown, what: string): Record_ {
  const data = (result as { data?: unknown })?.data;
  if (!data || typeof data !== "object") throw new CheckFailure(`${what} returned no data: ${JSON.stringify(result)}`);
  return data as Record_;
}

function expectSid(data: Record_, pattern: RegExp, what: string): string {
  if (typeof data.sid !== "string" || !pattern.test(data.sid)) {
    throw new CheckFailure(`${what}: expected a SID matching ${pattern}, got ${JSON.stringify(data.sid)}`);
  }
  return data.sid;
}

const MESSAGE_SID = /^(SM|MM)[0-9a-fA-F]{32}$/;
const CALL_SID = /^CA[0-9a-fA-F]{32}$/;

/**
 * With test credentials: one valid send and the documented refusals, for messages (Send Message)
 * and for calls (Raw Request, as the component has no call action). Twilio charges nothing and
 * contacts no phone.
 */
export async function runTestCredentialChecks(runner: CheckRunner, action: RunAction, set: TestCredentialSet): Promise<void> {
  const { validFrom, invalidNumber } = MAGIC;
  const connection = set.connection;
  const sendSMS = (from: string, to: string) =>
    action("sendSMS", { twilioConnection: connection, from, to, message: "Twilio component check (test credentials)." });
  const createCall = (from: string, to: string) =>
    action("rawRequest", {
      twilioConnection: connection,
      method: "POST",
      url: `/Accounts/${set.accountSid}/Calls.json`,
      headers: [{ key: "Content-Type", value: "application/x-www-form-urlencoded" }],
      data: new URLSearchParams({ To: to, From: from, Twiml: TEST_TWIML }).toString(),
    });

  await runner.check(`sendSMS from ${validFrom} to ${set.to} is accepted`, async () => {
    const data = dataOf(await sendSMS(validFrom, set.to), "sendSMS");
    return `created ${expectSid(data, MESSAGE_SID, "sendSMS")}, status ${data.status}`;
  });
  await runner.check(`sendSMS to ${invalidNumber} (invalid To) is refused with ${MAGIC.messageInvalidTo}`, () =>
    expectTwilioError(sendSMS(validFrom, invalidNumber), MAGIC.messageInvalidTo),
  );
  await runner.check(`sendSMS from ${invalidNumber} (invalid From) is refused with ${MAGIC.messageInvalidFrom}`, () =>
    expectTwilioError(sendSMS(invalidNumber, set.to), MAGIC.messageInvalidFrom),
  );
  await runner.check(`rawRequest POST Calls.json from ${validFrom} to ${set.to} is accepted`, async () => {
    const data = dataOf(await createCall(validFrom, set.to), "rawRequest");
    return `created ${expectSid(data, CALL_SID, "rawRequest")}, status ${data.status}`;
  });
  await runner.check(`rawRequest POST Calls.json to ${invalidNumber} (invalid To) is refused with ${MAGIC.callInvalidTo}`, () =>
    expectTwilioError(createCall(validFrom, invalidNumber), MAGIC.callInvalidTo),
  );
  await runner.check(`rawRequest POST Calls.json from ${invalidNumber} (invalid From) is refused with ${MAGIC.callInvalidFrom}`, () =>
    expectTwilioError(createCall(invalidNumber, set.to), MAGIC.callInvalidFrom),
  );
}

/**
 * With live credentials: sends one real message, reads it back, waits (bounded) until Twilio is
 * done sending it, then redacts and deletes it and checks that it is gone. Whatever fails on
 * the way, cleanup is still attempted once the message exists; `leftBehind` names what was not.
 */
export async function runLiveChecks(
  runner: CheckRunner,
  action: RunAction,
  set: LiveSet,
  waitMs: number,
  onSent: (sid: string) => void,
): Promise<{ leftBehind?: string }> {
  const twilioConnection = set.connection;
  const deadline = Date.now() + waitMs;
  const body = `Twilio component live check (npm run test:live), ${new Date().toISOString()}. It is deleted right after.`;
  const getSMS = (sid: string) => action("getSMS", { twilioConnection, sid });

  let sent: Record_ | undefined;
  await runner.check(`sendSMS from ${set.from} to ${set.to} sends one message`, async () => {
    const data = dataOf(await action("sendSMS", { twilioConnection, from: set.from, to: set.to, message: body }), "sendSMS");
    const sid = expectSid(data, MESSAGE_SID, "sendSMS");
    sent = data;
    onSent(sid);
    return `sent ${sid}, status ${data.status}`;
  });
  const cleanupSteps = ["redactMessage", "deleteMessage", "getSMS after delete"];
  if (!sent) {
    for (const name of ["getSMS", "wait for a final status", ...cleanupSteps]) runner.notRun(name, "no message was sent");
    return {};
  }
  const sid = sent.sid as string;

  await runner.check(`getSMS reads ${sid} back`, async () => {
    const data = dataOf(await getSMS(sid), "getSMS");
    const problems = [
      data.sid !== sid && `sid ${JSON.stringify(data.sid)}`,
      data.to !== sent?.to && `to ${JSON.stringify(data.to)} (sent to ${JSON.stringify(sent?.to)})`,
      !String(data.body ?? "").includes(body) && `body ${JSON.stringify(data.body)}`,
    ].filter(Boolean);
    if (problems.length > 0) throw new CheckFailure(`the message read back differs: ${problems.join(", ")}`);
    return `same SID, recipient and body; status ${data.status}`;
  });

  await runner.check(`${sid} reaches a final status within ${seconds(waitMs)}`, async () => {
    const started = Date.now();
    for (let attempt = 0; ; attempt++) {
      const data = dataOf(await getSMS(sid), "getSMS");
      const status = String(data.status);
      if (!IN_PROGRESS_STATUSES.has(status)) {
        const error = data.error_code ? `, error_code ${data.error_code}` : "";
        return `${status}${error} after ${seconds(Date.now() - started)} (${attempt + 1} reads)`;
      }
      // The last read is at the deadline itself: the wait uses all of its time, so what follows
      // (the delete) starts past the deadline however long the steps before the wait took.
      const remaining = deadline - Date.now();
      if (remaining <= 0) throw new CheckFailure(`still "${status}" after ${seconds(Date.now() - started)}`);
      await sleep(Math.min(POLL_DELAYS_MS[Math.min(attempt, POLL_DELAYS_MS.length - 1)], remaining));
    }
  });

  await runner.check(`redactMessage erases the body of ${sid}`, async () => {
    const data = dataOf(await action("redactMessage", { twilioConnection, sid }), "redactMessage");
    if (data.body !== "") throw new CheckFailure(`body is still ${JSON.stringify(data.body)}`);
    return "body is now empty";
  });

  // Twilio refuses to delete a message it has not finished with (20009), sometimes for a while
  // after its status is final: ask again until the deadline, and at least once.
  const deleted = await runner.check(`deleteMessage deletes ${sid}`, async () => {
    const started = Date.now();
    for (let attempt = 0; ; attempt++) {
      try {
        const data = dataOf(await action("deleteMessage", { twilioConnection, sid }), "deleteMessage");
        if (data.deleted !== true || data.sid !== sid) throw new CheckFailure(`unexpected result ${JSON.stringify(data)}`);
        return attempt === 0 ? "deleted" : `deleted after ${attempt + 1} tries in ${seconds(Date.now() - started)}`;
      } catch (error) {
        const delay = POLL_DELAYS_MS[Math.min(attempt, POLL_DELAYS_MS.length - 1)];
        if (!hasCode(errorMessage(error), NOT_YET_DELETABLE) || Date.now() + delay > deadline) throw error;
        await sleep(delay);
      }
    }
  });
  if (!deleted) {
    runner.notRun("getSMS after delete", "the message was not deleted");
    return { leftBehind: sid };
  }
  await runner.check(`getSMS ${sid} after delete is refused with ${NOT_FOUND}`, () => expectTwilioError(getSMS(sid), NOT_FOUND));
  return {};
}
