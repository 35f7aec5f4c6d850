import type { BulkSendResult } from "../../../src/client/messages/bulkSend";
import { InputError, TwilioApiError } from "../../../src/client/transport/errors";
import { failureOf } from "../../support/harness";
import { actionsPerCase } from "../support";
import { MESSAGING_SERVICE_SID } from "./support";

describe("To and From on different channels", () => {
  const on = actionsPerCase();
  const send = (params: Record<string, unknown>) => on.run("sendSMS", { message: "Your code is 1234", ...params });
  const sendBulk = async (params: Record<string, unknown>) =>
    (await on.run("sendBulkSMS", { message: "Doors open at 7pm", ...params })) as unknown as BulkSendResult;

  it.each([
    [
      "a WhatsApp recipient with an SMS number",
      { to: "whatsapp:+15558675310", from: "+15017122661" },
      /^Input "To": expected a "whatsapp:" sender in From for a "whatsapp:" recipient \(From "\+15017122661" sends SMS\), or a Messaging Service with a whatsapp sender, got "whatsapp:\+15558675310"\.$/,
    ],
    [
      "a phone number with a WhatsApp sender",
      { to: "+15558675310", from: "whatsapp:+15017122661" },
      /^Input "To": expected a "whatsapp:" recipient such as "whatsapp:\+15558675310", since From "whatsapp:\+15017122661" sends on whatsapp only/,
    ],
    [
      "a WhatsApp recipient with a short code",
      { to: "whatsapp:+15558675310", from: "898211" },
      /^Input "To": expected a "whatsapp:" sender/,
    ],
    ["a Messenger recipient with a WhatsApp sender", { to: "messenger:jane.doe", from: "whatsapp:+15017122661" }, /sends on whatsapp/],
  ])("refuses %s before sending", async (_name, params, message) => {
    const error = await failureOf(send(params));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toMatch(message);
    expect(on.sandbox.requests).toHaveLength(0);
  });

  it.each([
    ["WhatsApp to WhatsApp", { to: "whatsapp:+15558675310", from: "whatsapp:+15017122661" }],
    ["SMS to SMS", { to: "+15558675310", from: "+15017122661" }],
    ["WhatsApp through a Messaging Service in From", { to: "whatsapp:+15558675310", from: MESSAGING_SERVICE_SID }],
    ["WhatsApp through the Messaging Service input", { to: "whatsapp:+15558675310", messagingServiceSid: MESSAGING_SERVICE_SID }],
    [
      "a national number sent to WhatsApp with a default country",
      { to: "whatsapp:555 867 5310", from: "whatsapp:+15017122661", defaultCountryCode: "+1" },
    ],
  ])("sends %s", async (_name, params) => {
    await send(params);
    expect(on.sandbox.requests).toHaveLength(1);
    expect(on.sandbox.created).toHaveLength(1);
  });

  it("refuses a bulk send whose list mixes in another channel than the sender's, before sending to anyone", async () => {
    const error = await failureOf(sendBulk({ recipients: ["+15558675310", "whatsapp:+15558675311"], from: "+15017122661" }));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toMatch(/^Input "Recipients": expected a "whatsapp:" sender in From .* got "whatsapp:\+15558675311"/);
    expect(on.sandbox.requests).toHaveLength(0);
  });

  it("sends a mixed bulk list through a Messaging Service, which has senders of both", async () => {
    const result = await sendBulk({ recipients: ["+15558675310", "whatsapp:+15558675311"], from: MESSAGING_SERVICE_SID });
    expect(result.sentCount).toBe(2);
    expect(on.sandbox.created.map((message) => message.to).sort()).toEqual(["+15558675310", "whatsapp:+15558675311"]);
  });
});

describe("WhatsApp's refusals say what to do", () => {
  const on = actionsPerCase();
  const refuseSends = (code: number) => on.sandbox.faults.set([{ kind: "refused", method: "POST", path: "/Messages\\.json$", code }]);

  it.each([
    [63016, "Failed to send freeform message because you are outside the allowed window.", /Content Template SID.*approved/],
    [63007, "Twilio could not find a Channel with the specified From address", /Check the "From" input: it is not a WhatsApp sender/],
    [63032, "User's number is part of an experiment", /WhatsApp limitation 472.*another channel/],
    [63003, "Channel could not find To address", /Check the "To" input: this number has no WhatsApp account/],
    [63015, "Channel Sandbox can only send messages to phone numbers that have joined the Sandbox", /join code/],
    [63018, "Rate limit exceeded for Channel", /rate limiting this sender/],
    [63024, "Invalid message recipient", /Check the "To" input/],
    [63027, "Template does not exist for a language and locale", /language/],
    [63028, "Number of parameters provided does not match the expected number of parameters", /Check Content Variables/],
    [63049, "Meta chose not to deliver this WhatsApp marketing message", /Do not resend it right away/],
    [21910, "Invalid From and To pair. From and To should be of the same channel", /different channels/],
  ])("maps %i", async (code, twilioMessage, fix) => {
    refuseSends(code);
    const error = (await failureOf(
      on.run("sendSMS", { message: "Your code is 1234", to: "whatsapp:+15558675310", from: "whatsapp:+15017122661" }),
    )) as TwilioApiError;
    expect(error).toBeInstanceOf(TwilioApiError);
    expect(error.message).toContain(`Twilio error ${code} (HTTP 400): ${twilioMessage}`);
    expect(error.details.fix).toMatch(fix);
    expect(error.message).toContain(`https://www.twilio.com/docs/errors/${code}`);
  });

  it("keeps the fix in a bulk row Twilio refused", async () => {
    refuseSends(63016);
    const result = (await on.run("sendBulkSMS", {
      message: "Doors open at 7pm",
      recipients: ["whatsapp:+15558675310"],
      from: "whatsapp:+15017122661",
    })) as unknown as BulkSendResult;
    expect(result.results[0]).toMatchObject({
      success: false,
      errorCode: 63016,
      errorMessage: expect.stringContaining("Content Template SID"),
    });
  });
});
