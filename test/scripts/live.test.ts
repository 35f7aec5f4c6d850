import { type LoopbackServer, startLoopbackServer } from "../support/loopback";
import { basicAuth, liveTwilio, testCredentialTwilio } from "./fakeTwilio";
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
const testCredentials = (server: LoopbackServer) => ({
  TWILIO_TEST_ACCOUNT_SID: TEST_SID,
  TWILIO_TEST_AUTH_TOKEN: TEST_TOKEN,
  TWILIO_BASE_URL: server.url,
});

describe("npm run test:live", () => {
  let server: LoopbackServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
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
      const loopback = await startLoopbackServer(() => ({ status: 500, body: "no request was expected" }));
      server = loopback;

      const run = await liveScript({ TWILIO_ACCOUNT_SID: LIVE_SID, TWILIO_AUTH_TOKEN: LIVE_TOKEN, TWILIO_BASE_URL: loopback.url });

      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/Live checks .*: set TWILIO_LIVE_FROM, TWILIO_LIVE_TO\./);
      expect(loopback.requests).toHaveLength(0);
    },
    SCRIPT_TIMEOUT_MS,
  );

  it(
    "with test credentials checks Twilio's magic numbers for messages and calls: each gives its documented outcome",
    async () => {
      const loopback = await startLoopbackServer(testCredentialTwilio(TEST_SID, TEST_TOKEN));
      server = loopback;

      const run = await liveScript(testCredentials(loopback));

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
      const seen = loopback.requests.map(({ method, path, form }) => [method, path, form.get("From"), form.get("To")]);
      expect(seen).toEqual([
        ["POST", `${account}/Messages.json`, "+15005550006", "+14108675310"],
        ["POST", `${account}/Messages.json`, "+15005550006", "+15005550001"],
        ["POST", `${account}/Messages.json`, "+15005550001", "+14108675310"],
        ["POST", `${account}/Calls.json`, "+15005550006", "+14108675310"],
        ["POST", `${account}/Calls.json`, "+15005550006", "+15005550001"],
        ["POST", `${account}/Calls.json`, "+15005550001", "+14108675310"],
      ]);
      for (const request of loopback.requests) {
        expect(request.headers.authorization).toBe(basicAuth(TEST_SID, TEST_TOKEN));
        expect(request.headers["content-type"]).toMatch(/^application\/x-www-form-urlencoded/);
      }
      expect(loopback.requests[3].form.get("Twiml")).toMatch(/^<Response>.*<\/Response>$/);
      expectNoSecretPrinted(run, TEST_TOKEN, basicAuth(TEST_SID, TEST_TOKEN).slice("Basic ".length));
    },
    SCRIPT_TIMEOUT_MS,
  );

  it(
    "fails the check whose answer is not the documented one, says why, and exits 1",
    async () => {
      const twilio = testCredentialTwilio(TEST_SID, TEST_TOKEN);
      // Wrong on two counts: an invalid From of a message gets the invalid-To code, and an invalid To of a call is accepted.
      const loopback = await startLoopbackServer((request) => {
        if (request.path.endsWith("/Messages.json") && request.form.get("From") === "+15005550001") {
          return twilio({ ...request, form: new URLSearchParams({ From: "+15005550006", To: "+15005550001" }) });
        }
        if (request.path.endsWith("/Calls.json") && request.form.get("To") === "+15005550001") {
          return twilio({ ...request, form: new URLSearchParams({ ...Object.fromEntries(request.form), To: "+14108675310" }) });
        }
        return twilio(request);
      });
      server = loopback;

      const run = await liveScript(testCredentials(loopback));

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
      const loopback = await startLoopbackServer(
        liveTwilio({
          accountSid: LIVE_SID,
          user: API_KEY,
          secret: API_SECRET,
          statuses: ["queued", "sending", "delivered"],
          deleteRefusals: 1,
        }),
      );
      server = loopback;

      const run = await liveScript({
        TWILIO_ACCOUNT_SID: LIVE_SID,
        TWILIO_API_KEY: API_KEY,
        TWILIO_API_SECRET: API_SECRET,
        TWILIO_LIVE_FROM: LIVE_FROM,
        TWILIO_LIVE_TO: LIVE_TO,
        TWILIO_BASE_URL: loopback.url,
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
      expect(loopback.requests.map(({ method, path }) => `${method} ${path}`)).toEqual([
        `POST ${messages}.json`, // send
        `GET ${message}`, // read back
        `GET ${message}`, // status: sending
        `GET ${message}`, // status: delivered
        `POST ${message}`, // redact
        `DELETE ${message}`, // refused once with 20009
        `DELETE ${message}`,
        `GET ${message}`, // gone: 20404
      ]);
      const sent = loopback.requests[0].form;
      expect([sent.get("From"), sent.get("To")]).toEqual([LIVE_FROM, LIVE_TO]);
      expect(sent.get("Body")).toContain("npm run test:live");
      expect(loopback.requests[4].rawBody).toBe("Body=");
      for (const request of loopback.requests) expect(request.headers.authorization).toBe(basicAuth(API_KEY, API_SECRET));
      expectNoSecretPrinted(run, API_SECRET, basicAuth(API_KEY, API_SECRET).slice("Basic ".length));
    },
    SCRIPT_TIMEOUT_MS,
  );

  it(
    "stops waiting at TWILIO_LIVE_WAIT_SECONDS, still tries to clean up, names the message left behind and exits 1",
    async () => {
      const loopback = await startLoopbackServer(
        liveTwilio({ accountSid: LIVE_SID, user: LIVE_SID, secret: LIVE_TOKEN, statuses: ["queued", "sending"] }),
      );
      server = loopback;

      const started = Date.now();
      const run = await liveScript({
        TWILIO_ACCOUNT_SID: LIVE_SID,
        TWILIO_AUTH_TOKEN: LIVE_TOKEN,
        TWILIO_LIVE_FROM: LIVE_FROM,
        TWILIO_LIVE_TO: LIVE_TO,
        TWILIO_LIVE_WAIT_SECONDS: "1",
        TWILIO_BASE_URL: loopback.url,
      });

      expect(run.code).toBe(1);
      expect(failLines(run.stdout)).toEqual([
        expect.stringMatching(/FAIL .*reaches a final status within 1\.0 s: still "sending" after/),
        expect.stringMatching(/FAIL .*deleteMessage deletes SM[0-9a-f]{32}: Twilio error 20009/),
      ]);
      expect(run.stdout).toMatch(/Left behind: SM[0-9a-f]{32}\. Delete it later with: npm run invoke -- deleteMessage --sid SM/);
      expect(lastLine(run.stdout)).toMatch(/^test:live: 3 passed, 2 failed, 1 not run in /);
      const methods = loopback.requests.map(({ method }) => method);
      expect(methods.filter((method) => method === "DELETE")).toHaveLength(1);
      expect(methods.at(-1)).toBe("DELETE");
      expect(Date.now() - started).toBeLessThan(SCRIPT_TIMEOUT_MS / 4);
      expectNoSecretPrinted(run, LIVE_TOKEN);
    },
    SCRIPT_TIMEOUT_MS,
  );
});
