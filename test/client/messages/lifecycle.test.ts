import { InputError, TwilioApiError } from "../../../src/client/transport/errors";
import { ACCOUNT_SID, authTokenConnection, failureOf, harness, MESSAGE_SID } from "../../support/harness";
import { sandboxPerCase } from "../../support/sandbox";

const MESSAGE_PATH = `/2010-04-01/Accounts/${ACCOUNT_SID}/Messages/${MESSAGE_SID}.json`;

const run = (key: string, baseUrl: string, sid = MESSAGE_SID) =>
  harness.action(key, { twilioConnection: authTokenConnection(baseUrl), sid });

describe("message lifecycle on the sandbox, held to Twilio's official spec", () => {
  const on = sandboxPerCase({ clock: { running: true } });

  /** The message each action acts on: scheduled for a cancel, delivered for a redact or delete. */
  const seed = (status: string) =>
    on.sandbox.control("POST", "messages/seed", { Sid: MESSAGE_SID, To: "+15558675310", From: "+15017122661", Body: "Hi", Status: status });

  it.each([
    ["cancelScheduledMessage", "scheduled"],
    ["redactMessage", "delivered"],
  ])("%s gets a Message resource back", async (key, status) => {
    await seed(status);
    const { data } = (await run(key, on.sandbox.url)) as {
      data: Record<string, unknown>;
    };
    expect(data.sid).toBe(MESSAGE_SID);
  });

  it("deleteMessage is answered 204 and reports the SID deleted", async () => {
    await seed("delivered");
    const { data } = (await run("deleteMessage", on.sandbox.url)) as {
      data: unknown;
    };
    expect(data).toEqual({ sid: MESSAGE_SID, deleted: true });
  });
});

describe("message lifecycle requests", () => {
  const on = sandboxPerCase();

  const seed = async (status: string) => {
    await on.sandbox.control("POST", "messages/seed", {
      Sid: MESSAGE_SID,
      To: "+15558675310",
      From: "+15017122661",
      Body: "Your code is 123456",
      Status: status,
    });
    on.sandbox.requests.length = 0;
  };
  const kept = () => on.sandbox.messages.find((message) => message.sid === MESSAGE_SID);

  it("cancelScheduledMessage posts Status=canceled and nothing else", async () => {
    await seed("scheduled");

    const { data } = (await run("cancelScheduledMessage", on.sandbox.url)) as {
      data: Record<string, unknown>;
    };

    expect(on.sandbox.requests).toHaveLength(1);
    expect(on.sandbox.requests[0]).toEqual(expect.objectContaining({ method: "POST", path: MESSAGE_PATH }));
    expect(Object.fromEntries(on.sandbox.requests[0].form)).toEqual({
      Status: "canceled",
    });
    expect(data.status).toBe("canceled");
    expect(kept()?.status).toBe("canceled");
  });

  it("redactMessage posts an empty Body, which Twilio stores in place of the text", async () => {
    await seed("delivered");

    const { data } = (await run("redactMessage", on.sandbox.url)) as {
      data: Record<string, unknown>;
    };

    expect(on.sandbox.requests[0].rawBody).toBe("Body=");
    expect(data.body).toBe("");
    expect(kept()?.body).toBe("");
  });

  it("deleteMessage sends DELETE to the message", async () => {
    await seed("delivered");

    await run("deleteMessage", on.sandbox.url);

    expect(on.sandbox.requests[0]).toEqual(expect.objectContaining({ method: "DELETE", path: MESSAGE_PATH, status: 204 }));
    expect(kept()).toBeUndefined();
  });

  it("passes on Twilio's refusal to cancel a message that is not scheduled, in words to act on", async () => {
    await seed("delivered");

    const error = await failureOf(run("cancelScheduledMessage", on.sandbox.url));

    expect(error).toBeInstanceOf(TwilioApiError);
    expect(error.message).toContain("Twilio error 30409 (HTTP 400): The message cannot be canceled");
  });

  it("names the missing message on 404", async () => {
    const error = await failureOf(run("deleteMessage", on.sandbox.url));

    expect(on.sandbox.requests[0].status).toBe(404);
    expect(error.message).toContain("Check the SID you passed");
  });

  it.each(["cancelScheduledMessage", "redactMessage", "deleteMessage"])("%s rejects a malformed SID before any request", async (key) => {
    const error = await failureOf(run(key, on.sandbox.url, "PN123"));

    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toMatch(/Input "Message SID"/);
    expect(on.sandbox.requests).toHaveLength(0);
  });
});
