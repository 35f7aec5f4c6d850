import { InputError, TwilioApiError } from "../../../src/client/transport/errors";
import { useFakeClock } from "../../support/fakeClock";
import { ACCOUNT_SID, authTokenConnection, failureOf, harness, MESSAGE_SID } from "../../support/harness";
import { type LoopbackReply, type LoopbackServer, startLoopbackServer } from "../../support/loopback";

const HTML_PAGE: LoopbackReply = { status: 502, body: "<html><body>Bad gateway</body></html>", headers: { "content-type": "text/html" } };
const HTML_OK: LoopbackReply = { status: 200, body: "<html><body>Welcome</body></html>", headers: { "content-type": "text/html" } };
const CUT_OFF: LoopbackReply = { status: 200, body: '{"sid": "SM0123', headers: { "content-type": "application/json" } };
const CUT_OFF_CREATE: LoopbackReply = { ...CUT_OFF, status: 201 };

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
  let server: LoopbackServer;
  afterEach(() => server?.close());

  const cases = Object.keys(RUNS).flatMap((run) => [
    [run, "an HTML error page", HTML_PAGE, 502],
    [run, "an HTML page with status 200", HTML_OK, 200],
    [run, "a JSON body cut off", run.includes("create") ? CUT_OFF_CREATE : CUT_OFF, run.includes("create") ? 201 : 200],
  ]) as [string, string, LoopbackReply, number][];

  it.each(cases.filter(([run]) => !run.includes("create")))(
    "%s: %s says Twilio's answer could not be read, with the status, never a parser message",
    async (run, _what, reply, status) => {
      server = await startLoopbackServer(() => reply);
      const error = (await failureOf(RUNS[run](server.url))) as TwilioApiError;
      expect(error).toBeInstanceOf(TwilioApiError);
      expect(error.message).toMatch(new RegExp(`^Twilio's answer could not be read \\(HTTP ${status}`));
      expect(error.message).not.toMatch(/Unexpected token|JSON at position|Unexpected end/);
      expect(error.details).toMatchObject({ status, unreadable: true });
    },
  );

  it.each(cases.filter(([run]) => run.includes("create")))(
    "%s: %s, on a create the log cannot confirm either, says the message may have been sent, never a parser message",
    async (run, _what, reply, status) => {
      // The same unreadable answer to every request: the message log cannot be read either.
      server = await startLoopbackServer(() => reply);
      const error = (await failureOf(RUNS[run](server.url))) as TwilioApiError;
      expect(error).toBeInstanceOf(TwilioApiError);
      expect(error.message).toMatch(
        new RegExp(
          `^The message to \\+15558675310 may have been sent: Twilio's answer \\(HTTP ${status}\\) could not be read, and the message log could not be read to check`,
        ),
      );
      expect(error.message).not.toMatch(/Unexpected token|JSON at position|Unexpected end/);
      expect(server.requests.filter((request) => request.method === "POST")).toHaveLength(1);
    },
  );

  it("a create answered 2xx but cut off is looked up in the log, not guessed", async () => {
    server = await startLoopbackServer((request) =>
      request.method === "POST" ? CUT_OFF_CREATE : { status: 200, json: { messages: [], next_page_uri: null, page: 0, page_size: 20 } },
    );
    const error = await failureOf(RUNS["sendSMS (create)"](server.url));
    // An empty log proves it absent: sent once more, and that answer is cut off too.
    expect(error.message).toMatch(/may have been sent: Twilio's answer \(HTTP 201\) could not be read; the log showed no such message/);
    expect(server.requests.filter((request) => request.method === "POST")).toHaveLength(2);
  });

  it("Raw Request still returns text and binary answers as asked", async () => {
    server = await startLoopbackServer(() => HTML_OK);
    const text = (await harness.action("rawRequest", {
      twilioConnection: authTokenConnection(server.url),
      method: "GET",
      url: "/Accounts.json",
      responseType: "text",
    })) as { data: string };
    expect(text.data).toBe("<html><body>Welcome</body></html>");
  });
});

describe("Raw Request refuses URLs without a scheme that could lead to another host", () => {
  let server: LoopbackServer;
  afterEach(() => server?.close());

  it.each([
    "//evil.example/2010-04-01/Accounts.json",
    "\\\\evil.example\\x",
    "/\\evil.example/x",
    "api.twilio.com/2010-04-01/Accounts.json",
  ])("%s, naming the input, before any request", async (url) => {
    server = await startLoopbackServer(() => ({ status: 200, json: {} }));
    const error = await failureOf(harness.action("rawRequest", { twilioConnection: authTokenConnection(server.url), method: "GET", url }));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toMatch(/^Input "URL": expected a path such as/);
    expect(server.requests).toHaveLength(0);
  });
});
