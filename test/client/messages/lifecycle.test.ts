import { InputError, TwilioApiError } from "../../../src/client/transport/errors";
import { ACCOUNT_SID, authTokenConnection, failureOf, harness, MESSAGE_SID } from "../../support/harness";
import { type LoopbackServer, startLoopbackServer, twilioErrorBody } from "../../support/loopback";
import { startTestSandbox, type TestSandbox } from "../../support/sandbox";

const MESSAGE_PATH = `/2010-04-01/Accounts/${ACCOUNT_SID}/Messages/${MESSAGE_SID}.json`;

const run = (key: string, baseUrl: string, sid = MESSAGE_SID) =>
  harness.action(key, { twilioConnection: authTokenConnection(baseUrl), sid });

describe("message lifecycle on the sandbox, held to Twilio's official spec", () => {
  let twilio: TestSandbox;
  beforeEach(async () => {
    twilio = await startTestSandbox();
  });
  afterEach(() => twilio.close());

  /** The message each action acts on: scheduled for a cancel, delivered for a redact or delete. */
  const seed = (status: string) =>
    twilio.control("POST", "messages/seed", { Sid: MESSAGE_SID, To: "+15558675310", From: "+15017122661", Body: "Hi", Status: status });

  it.each([
    ["cancelScheduledMessage", "scheduled"],
    ["redactMessage", "delivered"],
  ])("%s gets a Message resource back", async (key, status) => {
    await seed(status);
    const { data } = (await run(key, twilio.url)) as {
      data: Record<string, unknown>;
    };
    expect(data.sid).toBe(MESSAGE_SID);
  });

  it("deleteMessage is answered 204 and reports the SID deleted", async () => {
    await seed("delivered");
    const { data } = (await run("deleteMessage", twilio.url)) as {
      data: unknown;
    };
    expect(data).toEqual({ sid: MESSAGE_SID, deleted: true });
  });
});

describe("message lifecycle requests", () => {
  let server: LoopbackServer;
  afterEach(() => server?.close());

  const updatedMessage = (form: URLSearchParams) => ({
    sid: MESSAGE_SID,
    account_sid: ACCOUNT_SID,
    status: form.get("Status") ?? "delivered",
    body: form.has("Body") ? form.get("Body") : "Your code is 123456",
  });

  it("cancelScheduledMessage posts Status=canceled and nothing else", async () => {
    server = await startLoopbackServer((request) => ({
      status: 200,
      json: updatedMessage(request.form),
    }));

    const { data } = (await run("cancelScheduledMessage", server.url)) as {
      data: Record<string, unknown>;
    };

    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]).toEqual(expect.objectContaining({ method: "POST", path: MESSAGE_PATH }));
    expect(Object.fromEntries(server.requests[0].form)).toEqual({
      Status: "canceled",
    });
    expect(data.status).toBe("canceled");
  });

  it("redactMessage posts an empty Body, which Twilio stores in place of the text", async () => {
    server = await startLoopbackServer((request) => ({
      status: 200,
      json: updatedMessage(request.form),
    }));

    const { data } = (await run("redactMessage", server.url)) as {
      data: Record<string, unknown>;
    };

    expect(server.requests[0].rawBody).toBe("Body=");
    expect(data.body).toBe("");
  });

  it("deleteMessage sends DELETE to the message", async () => {
    server = await startLoopbackServer(() => ({ status: 204 }));

    await run("deleteMessage", server.url);

    expect(server.requests[0]).toEqual(expect.objectContaining({ method: "DELETE", path: MESSAGE_PATH }));
  });

  it("passes on Twilio's refusal to cancel a message that is not scheduled, in words to act on", async () => {
    server = await startLoopbackServer(() => ({
      status: 400,
      json: twilioErrorBody(30409, "This message cannot be canceled", 400),
    }));

    const error = await failureOf(run("cancelScheduledMessage", server.url));

    expect(error).toBeInstanceOf(TwilioApiError);
    expect(error.message).toContain("Twilio error 30409 (HTTP 400): This message cannot be canceled");
  });

  it("names the missing message on 404", async () => {
    server = await startLoopbackServer(() => ({
      status: 404,
      json: twilioErrorBody(20404, "The requested resource was not found", 404),
    }));

    const error = await failureOf(run("deleteMessage", server.url));

    expect(error.message).toContain("Check the SID you passed");
  });

  it.each(["cancelScheduledMessage", "redactMessage", "deleteMessage"])("%s rejects a malformed SID before any request", async (key) => {
    server = await startLoopbackServer(() => ({ status: 500 }));

    const error = await failureOf(run(key, server.url, "PN123"));

    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toMatch(/Input "Message SID"/);
    expect(server.requests).toHaveLength(0);
  });
});
