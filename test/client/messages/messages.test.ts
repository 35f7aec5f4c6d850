import { fetchMessage, MayHaveBeenSentError, sendMessage, toCreateOptions } from "../../../src/client/messages/messages";
import { getTwilioClient } from "../../../src/client/twilioClient";
import { ACCOUNT_SID, authTokenConnection, failureOf } from "../../support/harness";
import { sandboxPerCase } from "../../support/sandbox";

const SERVICE = `MG${"0123456789abcdef".repeat(2)}`;

describe("toCreateOptions", () => {
  it("gives Twilio's create options: the sender as From or Messaging Service, media only when there is some", () => {
    expect(
      toCreateOptions({ to: "+15558675310", sender: { from: "+15017122661" }, body: "Hi", mediaUrls: [], shortenUrls: false }),
    ).toEqual({
      to: "+15558675310",
      from: "+15017122661",
      messagingServiceSid: undefined,
      body: "Hi",
      mediaUrl: undefined,
      contentSid: undefined,
      contentVariables: undefined,
      statusCallback: undefined,
      validityPeriod: undefined,
      shortenUrls: undefined,
    });
    expect(
      toCreateOptions({
        to: "+15558675310",
        sender: { messagingServiceSid: SERVICE },
        mediaUrls: ["https://x.example/a.png"],
        shortenUrls: true,
      }),
    ).toMatchObject({ from: undefined, messagingServiceSid: SERVICE, mediaUrl: ["https://x.example/a.png"], shortenUrls: true });
  });

  it("schedules a message at a fixed time", () => {
    const sendAt = new Date("2026-12-01T15:30:00Z");
    expect(toCreateOptions({ to: "+15558675310", messagingServiceSid: SERVICE, mediaUrls: [], shortenUrls: false, sendAt })).toMatchObject({
      messagingServiceSid: SERVICE,
      sendAt,
      scheduleType: "fixed",
    });
  });
});

describe("MayHaveBeenSentError", () => {
  it("says the message may exist and how to find out in Twilio's terms, never to resend blindly", () => {
    const error = new MayHaveBeenSentError("+15558675310", "the connection was reset after the request was sent");
    expect(error.message).toBe(
      "The message to +15558675310 may have been sent: the connection was reset after the request was sent: check the message log before resending (Twilio's Messages list, or Twilio Console > Monitor > Messaging).",
    );
  });
});

/** Sending and reading through twilio-node's Messages resource, on the sandbox (2010-04-01, spec-checked). */
describe("sendMessage and fetchMessage", () => {
  const on = sandboxPerCase();
  const client = () => getTwilioClient(authTokenConnection(on.sandbox.url));

  it("sends once and gives the message as plain JSON, then reads the same message back", async () => {
    const sent = await sendMessage(client(), { to: "+15558675310", from: "+15017122661", body: "Your order has shipped." });
    expect(sent).toMatchObject({
      accountSid: ACCOUNT_SID,
      to: "+15558675310",
      body: "Your order has shipped.",
      reconciled: false,
      replayed: false,
    });
    expect(sent.dateCreated).toEqual(expect.stringMatching(/^\d{4}-\d\d-\d\dT/));
    expect(on.sandbox.created).toHaveLength(1);
    const fetched = await fetchMessage(client(), sent.sid as string);
    expect(fetched).toMatchObject({ sid: sent.sid, body: "Your order has shipped." });
  });

  it("reports Twilio's refusal as it is, without a second attempt", async () => {
    const error = await failureOf(sendMessage(client(), { to: "+15558675310", from: "+15017122661" }));
    expect(error.message).toMatch(/21602|20001/);
    expect(on.sandbox.requests.filter((request) => request.method === "POST")).toHaveLength(1);
  });
});
