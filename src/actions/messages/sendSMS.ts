import { action } from "@prismatic-io/spectral";
import { toRecipientWithDefaultCountry } from "../../client/identifiers";
import { sendResultExample } from "../../examplePayloads/messages";
import { twilioConnection } from "../../inputs/connection";
import { idempotencyKey } from "../../inputs/idempotency";
import { messageContentInputs, to, toMessageContent } from "../../inputs/messages";
import { defaultCountryCode } from "../../inputs/recipients";
import { sentMessageOutput } from "../../outputSchemas/messages";

export const sendSMS = action({
  display: {
    label: "Send Message",
    description:
      "Send an SMS, MMS or WhatsApp message from a number, sender ID or Messaging Service. Never sent twice by a retry, and with an idempotency key never twice by a rerun of the flow.",
  },
  inputs: { twilioConnection, to, ...messageContentInputs, defaultCountryCode, idempotencyKey },
  perform: async (context, { twilioConnection, to, defaultCountryCode, idempotencyKey, ...content }) => {
    const { sendMessageOnce } = await import("../../client/messages/sendOnce");
    const { getTwilioClient } = await import("../../client/twilioClient");
    const message = { ...toMessageContent(content), to: toRecipientWithDefaultCountry("To", to, defaultCountryCode) };
    const { data, instanceState } = await sendMessageOnce(getTwilioClient(twilioConnection), {
      message,
      idempotencyKey,
      state: context.instanceState,
    });
    return instanceState ? { data, instanceState } : { data };
  },
  examplePayload: { data: sendResultExample },
  outputSchema: sentMessageOutput,
  performSafety: "notAllowed",
  examplePerform: async (_context, values) => (await import("../../examplePerforms/messages")).exampleSend(values),
});
