import type { FaultKind } from "../../../sandbox";
import { InputError, TwilioApiError } from "../../../src/client/transport/errors";
import { useFakeClock } from "../../support/fakeClock";
import { ACCOUNT_SID, authTokenConnection, failureOf, harness, MESSAGE_SID } from "../../support/harness";
import { type LoopbackReply, type LoopbackServer, startLoopbackServer } from "../../support/loopback";
import { sharedSandbox } from "../../support/sandbox";

/** The sandbox's faults for each kind of unreadable answer: its edge's HTML 502, an HTML page with 200, a JSON body cut off. */
const HTML_PAGE: FaultKind = "bad-gateway";
const HTML_OK: FaultKind = "not-json";
const CUT_OFF: FaultKind = "truncated";

/** One request of every kind the component makes: fetch, list, create, delete, the account check, and Raw Request. */
const RUNS: Record<string, (url: string) => Promise<unknown>> = {
  "getSMS (fetch)": (url) => harness.action("getSMS", { twilioConnection: authTokenConnection(url), sid: MESSAGE_SID }),
  "listMessages (list)": (url) => harness.action("listMessages", { twilioConnection: authTokenConnection(url) }),
  "sendSMS (create)": (url) =>
    harness.action("sendSMS", { twilioConnection: authTokenConnection(url), to: "+15558675310", from: "+15017122661", message: "Hi" }),
  "deleteMessage (delete)": (url) => harness.action("deleteMessage", { twilioConnection: authTokenConnection(url), sid: MESSAGE_SID }),
  "testConnection (account)": (url) => harness.action("testConnection", { twilioConnection: authTokenConnection(url) }),
  "rawRequest (json)": (url) =>
    harness.action("rawRequest", { twilioConnection: authTokenConnection(url), method: "GET", url: `/Accounts/${ACCOUNT_SID}.json` }),
};

describe("an answer that is not JSON or is cut off", () => {
  useFakeClock();
  let server: LoopbackServer | undefined;
  const on = sharedSandbox({ tickMs: 0 });
  beforeEach(() => {
    on.sandbox.reset();
    // The message the fetch and the delete name, delivered (Twilio deletes only a message it is done with).
    on.sandbox.addMessage({
      sid: MESSAGE_SID,
      direction: "outbound-api",
      from: "+15017122661",
      to: "+15558675310",
      body: "Hi",
      sentAt: Date.now(),
    });
  });
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });
  /** The same unreadable answer to every request. */
  const spoilEvery = (kind: FaultKind) => on.sandbox.faults.set([{ kind }]);

  const cases = Object.keys(RUNS).flatMap((run) => [
    [run, "an HTML error page", HTML_PAGE, 502],
    [run, "an HTML page with status 200", HTML_OK, 200],
    [run, "a JSON body cut off", CUT_OFF, run.includes("create") ? 201 : 200],
  ]) as [string, string, FaultKind, number][];
  // Twilio answers a delete 204 with no body, so the sandbox has no JSON of a delete to cut off: scripted below.
  const onSandbox = ([run, , kind]: [string, string, FaultKind, number]) => !(run.includes("delete") && kind === CUT_OFF);

  it.each(cases.filter(([run]) => !run.includes("create")).filter(onSandbox))(
    "%s: %s says Twilio's answer could not be read, with the status, never a parser message",
    async (run, _what, kind, status) => {
      spoilEvery(kind);
      const error = (await failureOf(RUNS[run](on.sandbox.url))) as TwilioApiError;
      expect(error).toBeInstanceOf(TwilioApiError);
      expect(error.message).toMatch(new RegExp(`^Twilio's answer could not be read \\(HTTP ${status}`));
      expect(error.message).not.toMatch(/Unexpected token|JSON at position|Unexpected end/);
      expect(error.details).toMatchObject({ status, unreadable: true });
    },
  );

  it.each(cases.filter(([run]) => run.includes("create")))(
    "%s: %s, on a create the log cannot confirm either, says the message may have been sent, never a parser message",
    async (run, _what, kind, status) => {
      // The same unreadable answer to every request: the message log cannot be read either.
      spoilEvery(kind);
      const error = (await failureOf(RUNS[run](on.sandbox.url))) as TwilioApiError;
      expect(error).toBeInstanceOf(TwilioApiError);
      expect(error.message).toMatch(
        new RegExp(
          `^The message to \\+15558675310 may have been sent: Twilio's answer \\(HTTP ${status}\\) could not be read, and the message log could not be read to check`,
        ),
      );
      expect(error.message).not.toMatch(/Unexpected token|JSON at position|Unexpected end/);
      expect(on.sandbox.requests.filter((request) => request.method === "POST")).toHaveLength(1);
    },
  );

  it("deleteMessage (delete): a JSON body cut off says Twilio's answer could not be read, with the status, never a parser message", async () => {
    // Scripted: a delete's answer with a JSON body to cut off, which the sandbox (204, no body, as Twilio) never gives.
    server = await startLoopbackServer(
      (): LoopbackReply => ({ status: 200, body: '{"sid": "SM0123', headers: { "content-type": "application/json" } }),
    );
    const error = (await failureOf(RUNS["deleteMessage (delete)"](server.url))) as TwilioApiError;
    expect(error).toBeInstanceOf(TwilioApiError);
    expect(error.message).toMatch(/^Twilio's answer could not be read \(HTTP 200/);
    expect(error.message).not.toMatch(/Unexpected token|JSON at position|Unexpected end/);
    expect(error.details).toMatchObject({ status: 200, unreadable: true });
  });

  it("a create answered 2xx but cut off is looked up in the log, not guessed", async () => {
    // Scripted: a cut-off 201 for a message the log then lacks; the sandbox cuts off only the answer of work it did.
    server = await startLoopbackServer((request) =>
      request.method === "POST"
        ? { status: 201, body: '{"sid": "SM0123', headers: { "content-type": "application/json" } }
        : { status: 200, json: { messages: [], next_page_uri: null, page: 0, page_size: 20 } },
    );
    const error = await failureOf(RUNS["sendSMS (create)"](server.url));
    // An empty log proves it absent: sent once more, and that answer is cut off too.
    expect(error.message).toMatch(/may have been sent: Twilio's answer \(HTTP 201\) could not be read; the log showed no such message/);
    expect(server.requests.filter((request) => request.method === "POST")).toHaveLength(2);
  });

  it("Raw Request still returns text and binary answers as asked", async () => {
    spoilEvery(HTML_OK);
    const text = (await harness.action("rawRequest", {
      twilioConnection: authTokenConnection(on.sandbox.url),
      method: "GET",
      url: "/Accounts.json",
      responseType: "text",
    })) as { data: string };
    expect(text.data).toBe("<html><body><h1>502 Bad Gateway</h1></body></html>");
  });
});

describe("Raw Request refuses URLs without a scheme that could lead to another host", () => {
  const on = sharedSandbox({ tickMs: 0 });

  it.each([
    "//evil.example/2010-04-01/Accounts.json",
    "\\\\evil.example\\x",
    "/\\evil.example/x",
    "api.twilio.com/2010-04-01/Accounts.json",
  ])("%s, naming the input, before any request", async (url) => {
    on.sandbox.requests.length = 0;
    const error = await failureOf(
      harness.action("rawRequest", { twilioConnection: authTokenConnection(on.sandbox.url), method: "GET", url }),
    );
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toMatch(/^Input "URL": expected a path such as/);
    expect(on.sandbox.requests).toHaveLength(0);
  });
});
