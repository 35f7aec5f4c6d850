import { InputError, TwilioApiError } from "../../../src/client/transport/errors";
import { ACCOUNT_SID, authTokenConnection, failureOf, harness, MESSAGE_SID } from "../../support/harness";
import { startLoopbackServer } from "../../support/loopback";
import { actionsPerCase } from "../support";

describe("getSMS", () => {
  const on = actionsPerCase();
  const getSMS = (sid: unknown) => on.run("getSMS", { sid });
  const seed = (sid: string, sentAt?: number) =>
    on.sandbox.control("POST", "messages/seed", { Sid: sid, To: "+15558675310", From: "+15017122661", Body: "Hi", DateSent: sentAt });

  it("fetches a message from the path Twilio's spec defines", async () => {
    await seed(MESSAGE_SID);
    const data = await getSMS(MESSAGE_SID);
    expect(data.sid).toBe(MESSAGE_SID);
    expect(data).toHaveProperty("status", "delivered");
  });

  it("accepts an MMS SID", async () => {
    const mmsSid = `MM${"0123456789abcdef".repeat(2)}`;
    await seed(mmsSid);
    const data = await getSMS(mmsSid);
    expect(data.sid).toBe(mmsSid);
  });

  it("requests exactly the message path and returns the message with dates as ISO strings", async () => {
    await seed(MESSAGE_SID, Date.parse("2026-11-20T16:04:32.000Z"));
    const data = await getSMS(` ${MESSAGE_SID} `);
    expect(on.sandbox.requests[0].method).toBe("GET");
    expect(on.sandbox.requests[0].path).toBe(`/2010-04-01/Accounts/${ACCOUNT_SID}/Messages/${MESSAGE_SID}.json`);
    expect(data).toMatchObject({ sid: MESSAGE_SID, status: "delivered", dateSent: "2026-11-20T16:04:32.000Z", errorCode: null });
  });

  it("says what to check when the message does not exist", async () => {
    const error = (await failureOf(getSMS(MESSAGE_SID))) as TwilioApiError;
    expect(error).toBeInstanceOf(TwilioApiError);
    expect(error.message).toMatch(
      new RegExp(
        `^Twilio error 20404 \\(HTTP 404\\): The requested resource /2010-04-01/Accounts/${ACCOUNT_SID}/Messages/${MESSAGE_SID}\\.json was not found Check the SID`,
      ),
    );
  });

  it("keeps the reason a Twilio-compatible server gives in a problem answer instead of Twilio's error body", async () => {
    // A loopback plays Prism: its application/problem+json answer is neither Twilio's nor the sandbox's.
    const server = await startLoopbackServer(() => ({
      status: 422,
      json: {
        type: "about:blank",
        title: "Invalid request",
        status: 422,
        validation: [{ message: "Request path parameter sid must match pattern" }],
      },
      headers: { "content-type": "application/problem+json" },
    }));
    try {
      const error = (await failureOf(
        harness.action("getSMS", { twilioConnection: authTokenConnection(server.url), sid: MESSAGE_SID }),
      )) as TwilioApiError;
      expect(error).toBeInstanceOf(TwilioApiError);
      expect(error.message).toBe("Twilio error (HTTP 422): Invalid request: Request path parameter sid must match pattern");
    } finally {
      await server.close();
    }
  });

  it.each([
    ["an empty SID", ""],
    ["a call SID", `CA${"0".repeat(32)}`],
    ["a short SID", "SM123"],
    ["a path traversal", `../Calls/${"0".repeat(32)}`],
    ["a SID with a query", `${MESSAGE_SID}?PageSize=1000`],
  ])("rejects %s before any request", async (_name, sid) => {
    const error = await failureOf(getSMS(sid));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toMatch(/^Input "Message SID": expected a message SID: "SM" or "MM" followed by 32 hexadecimal characters/);
    expect(on.sandbox.requests).toHaveLength(0);
  });
});
