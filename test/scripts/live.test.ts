import { type Sandbox, startSandbox } from "../../sandbox";
import { type LoopbackServer, startLoopbackServer } from "../support/loopback";
import { runNpmScript, runScript, type ScriptRun } from "./runScript";

const SCRIPT_TIMEOUT_MS = 120_000;
const TEST_SID = `AC${"7e57".repeat(8)}`;
const TEST_TOKEN = "test-auth-token-0f1e2d3c4b5a6978";
const LIVE_SID = `AC${"1234abcd".repeat(4)}`;
const LIVE_TOKEN = "live-auth-token-a1b2c3d4e5f60718";
const API_KEY = `SK${"5ec0".repeat(8)}`;
const API_SECRET = "live-api-secret-9f8e7d6c5b4a3928";
const LIVE_FROM = "+15017122661";
const LIVE_TO = "+15558675310";

const basicAuth = (user: string, secret: string) => `Basic ${Buffer.from(`${user}:${secret}`).toString("base64")}`;
const passLines = (stdout: string) => stdout.split("\n").filter((line) => line.trimStart().startsWith("PASS"));
const failLines = (stdout: string) => stdout.split("\n").filter((line) => line.trimStart().startsWith("FAIL"));
const lastLine = (stdout: string) => stdout.trimEnd().split("\n").at(-1);

function expectNoSecretPrinted(run: ScriptRun, ...secrets: string[]) {
  for (const secret of secrets) {
    expect(run.stdout).not.toContain(secret);
    expect(run.stderr).not.toContain(secret);
  }
}

const liveScript = (env: Record<string, string>) => runScript("live.ts", [], env);
const testCredentials = (url: string) => ({
  TWILIO_TEST_ACCOUNT_SID: TEST_SID,
  TWILIO_TEST_AUTH_TOKEN: TEST_TOKEN,
  TWILIO_BASE_URL: url,
});

/**
 * The sandbox Twilio with one test-credential account (magic numbers, nothing kept) and one live
 * account (its Auth Token and an API key). Its clock stands still: the tests move it as Twilio's
 * would move while the script reads.
 */
function startTwilio(): Promise<Sandbox> {
  return startSandbox({
    accounts: [
      { sid: TEST_SID, authToken: TEST_TOKEN, apiKeys: {}, test: true },
      { sid: LIVE_SID, authToken: LIVE_TOKEN, apiKeys: { [API_KEY]: API_SECRET } },
    ],
    clock: { running: false },
  });
}

const isLiveMessage = (path: string) => new RegExp(`^/2010-04-01/Accounts/${LIVE_SID}/Messages/SM\\w+\\.json$`).test(path);

/**
 * How Twilio's time passes for the one live message while the script runs: when the nth read of
 * it arrives (0 the first), the sandbox's clock moves on by `readsAdvanceMs[n]` ms before it
 * answers (the message is "sending" 0.5 s after it was queued, "sent" after 1 s, "delivered" after
 * 2 s), and by `redactAdvanceMs` before a redaction; the first `deleteRefusals` DELETEs are refused
 * with 20009, as Twilio may for a while after a final status. The fault chooser is what sees each
 * request before it is handled.
 */
function twilioTime(sandbox: Sandbox, plan: { readsAdvanceMs: number[]; redactAdvanceMs?: number; deleteRefusals: number }) {
  let reads = 0;
  let refusals = plan.deleteRefusals;
  sandbox.faults.use((request) => {
    if (!isLiveMessage(request.path)) return undefined;
    const advance = (ms = 0) => void sandbox.clock.advance(ms);
    if (request.method === "GET") advance(plan.readsAdvanceMs[reads++]);
    if (request.method === "POST") advance(plan.redactAdvanceMs);
    if (request.method === "DELETE" && refusals-- > 0) return { kind: "refused", code: 20009 };
    return undefined;
  });
}

/** A Twilio that answers wrongly: requests `rewrite` alters reach the sandbox altered, the rest as they are. */
function wrongTwilio(sandbox: Sandbox, rewrite: (path: string, form: URLSearchParams) => URLSearchParams | undefined) {
  return startLoopbackServer(async (request) => {
    const form = rewrite(request.path, request.form);
    const answer = await fetch(`${sandbox.url}${request.path}`, {
      method: request.method,
      headers: { authorization: String(request.headers.authorization), "content-type": "application/x-www-form-urlencoded" },
      body: request.method === "GET" ? undefined : (form ?? request.form).toString(),
    });
    return { status: answer.status, body: await answer.text(), headers: { "content-type": "application/json" } };
  });
}

describe("npm run test:live", () => {
  let twilio: Sandbox | undefined;
  let proxy: LoopbackServer | undefined;
  afterEach(async () => {
    await proxy?.close();
    await twilio?.stop();
    [twilio, proxy] = [undefined, undefined];
  });

  it(
    "without credentials says it skipped, names the variables to set, and exits 0",
    async () => {
      const run = await runNpmScript("test:live");

      expect(run.code).toBe(0);
      expect(run.stdout).toContain("skipped");
      for (const name of [
        "TWILIO_TEST_ACCOUNT_SID",
        "TWILIO_TEST_AUTH_TOKEN",
        "TWILIO_ACCOUNT_SID",
        "TWILIO_LIVE_TO",
        "TWILIO_LIVE_FROM",
      ]) {
        expect(run.stdout).toContain(name);
      }
      expect(lastLine(run.stdout)).toBe("test:live skipped: 0 checks run.");
    },
    SCRIPT_TIMEOUT_MS,
  );

  it(
    "with live credentials but no recipient sends nothing and says which variables are missing",
    async () => {
      twilio = await startTwilio();

      const run = await liveScript({ TWILIO_ACCOUNT_SID: LIVE_SID, TWILIO_AUTH_TOKEN: LIVE_TOKEN, TWILIO_BASE_URL: twilio.url });

      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/Live checks .*: set TWILIO_LIVE_FROM, TWILIO_LIVE_TO\./);
      expect(twilio.requests).toHaveLength(0);
    },
    SCRIPT_TIMEOUT_MS,
  );

  it(
    "with test credentials checks Twilio's magic numbers for messages and calls: each gives its documented outcome",
    async () => {
      const sandbox = await startTwilio();
      twilio = sandbox;

      const run = await liveScript(testCredentials(sandbox.url));

      expect(failLines(run.stdout)).toEqual([]);
      expect(run.code).toBe(0);
      expect(passLines(run.stdout)).toHaveLength(6);
      expect(run.stdout).toMatch(/PASS .*sendSMS from \+15005550006 .*: created SM[0-9a-f]{32}, status queued/);
      expect(run.stdout).toMatch(/PASS .*refused with 21211: Twilio error 21211 \(HTTP 400\)/);
      expect(run.stdout).toMatch(/PASS .*refused with 21212: Twilio error 21212 \(HTTP 400\)/);
      expect(run.stdout).toMatch(/PASS .*Calls\.json .*: created CA[0-9a-f]{32}, status queued/);
      expect(run.stdout).toMatch(/PASS .*refused with 21217: Twilio error 21217 \(HTTP 400\)/);
      expect(lastLine(run.stdout)).toMatch(/^test:live: 6 passed, 0 failed in \d+\.\d s\.$/);

      const account = `/2010-04-01/Accounts/${TEST_SID}`;
      const seen = sandbox.requests.map(({ method, path, form }) => [method, path, form.get("From"), form.get("To")]);
      expect(seen).toEqual([
        ["POST", `${account}/Messages.json`, "+15005550006", "+14108675310"],
        ["POST", `${account}/Messages.json`, "+15005550006", "+15005550001"],
        ["POST", `${account}/Messages.json`, "+15005550001", "+14108675310"],
        ["POST", `${account}/Calls.json`, "+15005550006", "+14108675310"],
        ["POST", `${account}/Calls.json`, "+15005550006", "+15005550001"],
        ["POST", `${account}/Calls.json`, "+15005550001", "+14108675310"],
      ]);
      for (const request of sandbox.requests) {
        expect(request.headers.authorization).toBe(basicAuth(TEST_SID, TEST_TOKEN));
        expect(request.headers["content-type"]).toMatch(/^application\/x-www-form-urlencoded/);
      }
      expect(sandbox.requests[3].form.get("Twiml")).toMatch(/^<Response>.*<\/Response>$/);
      expectNoSecretPrinted(run, TEST_TOKEN, basicAuth(TEST_SID, TEST_TOKEN).slice("Basic ".length));
    },
    SCRIPT_TIMEOUT_MS,
  );

  it(
    "fails the check whose answer is not the documented one, says why, and exits 1",
    async () => {
      twilio = await startTwilio();
      // Wrong on two counts: an invalid From of a message gets the invalid-To code, and an invalid To of a call is accepted.
      const loopback = await wrongTwilio(twilio, (path, form) => {
        if (path.endsWith("/Messages.json") && form.get("From") === "+15005550001") {
          return new URLSearchParams({ ...Object.fromEntries(form), From: "+15005550006", To: "+15005550001" });
        }
        if (path.endsWith("/Calls.json") && form.get("To") === "+15005550001") {
          return new URLSearchParams({ ...Object.fromEntries(form), To: "+14108675310" });
        }
        return undefined;
      });
      proxy = loopback;

      const run = await liveScript(testCredentials(loopback.url));

      expect(run.code).toBe(1);
      expect(failLines(run.stdout)).toEqual([
        expect.stringMatching(/FAIL .*sendSMS from \+15005550001 .*: expected Twilio error 21212 in the error, got: Twilio error 21211/),
        expect.stringMatching(/FAIL .*Calls\.json to \+15005550001 .*: expected Twilio error 21217, but it succeeded \(CA[0-9a-f]{32}\)/),
      ]);
      expect(passLines(run.stdout)).toHaveLength(4);
      expect(lastLine(run.stdout)).toMatch(/^test:live: 4 passed, 2 failed in /);
      expect(loopback.requests).toHaveLength(6);
    },
    SCRIPT_TIMEOUT_MS,
  );

  it(
    "with live credentials (API key) sends one message, reads it back, waits for it to be sent, then redacts and deletes it",
    async () => {
      const sandbox = await startTwilio();
      twilio = sandbox;
      // Read back while queued, then "sending" at the first status read and delivered at the second; one delete refused.
      twilioTime(sandbox, { readsAdvanceMs: [0, 500, 1500], deleteRefusals: 1 });

      const run = await liveScript({
        TWILIO_ACCOUNT_SID: LIVE_SID,
        TWILIO_API_KEY: API_KEY,
        TWILIO_API_SECRET: API_SECRET,
        TWILIO_LIVE_FROM: LIVE_FROM,
        TWILIO_LIVE_TO: LIVE_TO,
        TWILIO_BASE_URL: sandbox.url,
      });

      expect(failLines(run.stdout)).toEqual([]);
      expect(run.code).toBe(0);
      expect(passLines(run.stdout)).toHaveLength(6);
      expect(run.stdout).toMatch(/PASS .*reaches a final status within 180\.0 s: delivered after \d+\.\d s \(2 reads\)/);
      expect(run.stdout).toMatch(/PASS .*deleteMessage deletes SM[0-9a-f]{32}: deleted after 2 tries/);
      expect(run.stdout).toMatch(/PASS .*after delete is refused with 20404/);
      expect(lastLine(run.stdout)).toMatch(/^test:live: 6 passed, 0 failed in /);

      const sid = run.stdout.match(/sent (SM[0-9a-f]{32})/)?.[1];
      expect(sid).toBeDefined();
      const messages = `/2010-04-01/Accounts/${LIVE_SID}/Messages`;
      const message = `${messages}/${sid}.json`;
      expect(sandbox.requests.map(({ method, path }) => `${method} ${path}`)).toEqual([
        `POST ${messages}.json`, // send
        `GET ${message}`, // read back
        `GET ${message}`, // status: sending
        `GET ${message}`, // status: delivered
        `POST ${message}`, // redact
        `DELETE ${message}`, // refused once with 20009
        `DELETE ${message}`,
        `GET ${message}`, // gone: 20404
      ]);
      const sent = sandbox.requests[0].form;
      expect([sent.get("From"), sent.get("To")]).toEqual([LIVE_FROM, LIVE_TO]);
      expect(sent.get("Body")).toContain("npm run test:live");
      expect(sandbox.requests[4].rawBody).toBe("Body=");
      for (const request of sandbox.requests) expect(request.headers.authorization).toBe(basicAuth(API_KEY, API_SECRET));
      expectNoSecretPrinted(run, API_SECRET, basicAuth(API_KEY, API_SECRET).slice("Basic ".length));
    },
    SCRIPT_TIMEOUT_MS,
  );

  it(
    "stops waiting at TWILIO_LIVE_WAIT_SECONDS, still tries to clean up, names the message left behind and exits 1",
    async () => {
      const sandbox = await startTwilio();
      twilio = sandbox;
      // "sending" from the first status read until the wait gives up; delivered by the time the script
      // redacts it, but Twilio still refuses to delete it (20009).
      twilioTime(sandbox, { readsAdvanceMs: [0, 500], redactAdvanceMs: 1500, deleteRefusals: Number.POSITIVE_INFINITY });

      const started = Date.now();
      const run = await liveScript({
        TWILIO_ACCOUNT_SID: LIVE_SID,
        TWILIO_AUTH_TOKEN: LIVE_TOKEN,
        TWILIO_LIVE_FROM: LIVE_FROM,
        TWILIO_LIVE_TO: LIVE_TO,
        TWILIO_LIVE_WAIT_SECONDS: "1",
        TWILIO_BASE_URL: sandbox.url,
      });

      expect(run.code).toBe(1);
      expect(failLines(run.stdout)).toEqual([
        expect.stringMatching(/FAIL .*reaches a final status within 1\.0 s: still "sending" after/),
        expect.stringMatching(/FAIL .*deleteMessage deletes SM[0-9a-f]{32}: Twilio error 20009/),
      ]);
      expect(run.stdout).toMatch(/Left behind: SM[0-9a-f]{32}\. Delete it later with: npm run invoke -- deleteMessage --sid SM/);
      expect(lastLine(run.stdout)).toMatch(/^test:live: 3 passed, 2 failed, 1 not run in /);
      const methods = sandbox.requests.map(({ method }) => method);
      expect(methods.filter((method) => method === "DELETE")).toHaveLength(1);
      expect(methods.at(-1)).toBe("DELETE");
      expect(Date.now() - started).toBeLessThan(SCRIPT_TIMEOUT_MS / 4);
      expectNoSecretPrinted(run, LIVE_TOKEN);
    },
    SCRIPT_TIMEOUT_MS,
  );
});
