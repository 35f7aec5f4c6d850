import { InputError, TwilioApiError } from "../../../src/client/transport/errors";
import { ACCOUNT_SID, authTokenConnection, failureOf, harness, MESSAGE_SID } from "../../support/harness";
import { type LoopbackServer, startLoopbackServer, twilioErrorBody } from "../../support/loopback";
import { startTestSandbox, type TestSandbox } from "../../support/sandbox";

const getSMS = (baseUrl: string, sid: unknown) => harness.action("getSMS", { twilioConnection: authTokenConnection(baseUrl), sid });

describe("getSMS", () => {
  let server: LoopbackServer;
  let twilio: TestSandbox;
  beforeAll(async () => {
    twilio = await startTestSandbox();
  });
  afterAll(() => twilio.close());
  afterEach(() => server?.close());

  const seed = (sid: string) => twilio.control("POST", "messages/seed", { Sid: sid, To: "+15558675310", From: "+15017122661", Body: "Hi" });

  it("fetches a message from the path Twilio's spec defines", async () => {
    await seed(MESSAGE_SID);
    const { data } = (await getSMS(twilio.url, MESSAGE_SID)) as { data: Record<string, unknown> };
    expect(data.sid).toBe(MESSAGE_SID);
    expect(data).toHaveProperty("status", "delivered");
  });

  it("accepts an MMS SID", async () => {
    const mmsSid = `MM${"0123456789abcdef".repeat(2)}`;
    await seed(mmsSid);
    const { data } = (await getSMS(twilio.url, mmsSid)) as { data: Record<string, unknown> };
    expect(data.sid).toBe(mmsSid);
  });

  it("requests exactly the message path and returns the message with dates as ISO strings", async () => {
    server = await startLoopbackServer(() => ({
      status: 200,
      json: { sid: MESSAGE_SID, status: "delivered", date_sent: "Fri, 20 Nov 2026 16:04:32 +0000", error_code: null },
    }));
    const { data } = (await getSMS(server.url, ` ${MESSAGE_SID} `)) as { data: Record<string, unknown> };
    expect(server.requests[0].method).toBe("GET");
    expect(server.requests[0].path).toBe(`/2010-04-01/Accounts/${ACCOUNT_SID}/Messages/${MESSAGE_SID}.json`);
    expect(data).toMatchObject({ sid: MESSAGE_SID, status: "delivered", dateSent: "2026-11-20T16:04:32.000Z" });
  });

  it("says what to check when the message does not exist", async () => {
    server = await startLoopbackServer(() => ({ status: 404, json: twilioErrorBody(20404, "The requested resource was not found", 404) }));
    const error = (await failureOf(getSMS(server.url, MESSAGE_SID))) as TwilioApiError;
    expect(error).toBeInstanceOf(TwilioApiError);
    expect(error.message).toMatch(/^Twilio error 20404 \(HTTP 404\): The requested resource was not found Check the SID/);
  });

  it("keeps the reason a Twilio-compatible server gives in a problem answer instead of Twilio's error body", async () => {
    server = await startLoopbackServer(() => ({
      status: 422,
      json: {
        type: "about:blank",
        title: "Invalid request",
        status: 422,
        validation: [{ message: "Request path parameter sid must match pattern" }],
      },
      headers: { "content-type": "application/problem+json" },
    }));
    const error = (await failureOf(getSMS(server.url, MESSAGE_SID))) as TwilioApiError;
    expect(error).toBeInstanceOf(TwilioApiError);
    expect(error.message).toBe("Twilio error (HTTP 422): Invalid request: Request path parameter sid must match pattern");
  });

  it.each([
    ["an empty SID", ""],
    ["a call SID", `CA${"0".repeat(32)}`],
    ["a short SID", "SM123"],
    ["a path traversal", `../Calls/${"0".repeat(32)}`],
    ["a SID with a query", `${MESSAGE_SID}?PageSize=1000`],
  ])("rejects %s before any request", async (_name, sid) => {
    server = await startLoopbackServer(() => ({ status: 500, json: {} }));
    const error = await failureOf(getSMS(server.url, sid));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toMatch(/^Input "Message SID": expected a message SID: "SM" or "MM" followed by 32 hexadecimal characters/);
    expect(server.requests).toHaveLength(0);
  });
});
