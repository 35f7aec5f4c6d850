import { action } from "@prismatic-io/spectral";
import { sendResultExample } from "../../examplePayloads/messages";
import { checkSenderFirst } from "../../inputs/compliance";
import { twilioConnection } from "../../inputs/connection";
import { IDEMPOTENCY_KEY_LABELS, idempotencyInputs, toIdempotencyOptions } from "../../inputs/idempotency";
import { namingInputs } from "../../inputs/labels";
import { CONTENT_VARIABLES_LABELS, messageContentInputs, to, toMessageContent } from "../../inputs/messages";
import { defaultCountryCode, toRecipientWithDefaultCountry } from "../../inputs/recipients";
import { sentMessageOutput } from "../../outputSchemas/messages";

export const sendSMS = action({
  display: {
    label: "Send Message",
    description:
      "Send an SMS, MMS or WhatsApp message from a number, sender ID or Messaging Service. Never sent twice by a retry, and with an idempotency key never twice by a rerun of the flow.",
  },
  inputs: { twilioConnection, to, ...messageContentInputs, defaultCountryCode, ...idempotencyInputs, checkSenderFirst },
  perform: async (
    context,
    { twilioConnection, to, defaultCountryCode, idempotencyKey, idempotencyStore, syncService, checkSenderFirst, ...content },
  ) => {
    const { refuseUnlessSenderReachesUs } = await import("../../client/compliance/sendCheck");
    const { sendMessageOnce } = await import("../../client/messages/sendOnce");
    const { getTwilioClient } = await import("../../client/twilioClient");
    const message = { ...toMessageContent(content), to: toRecipientWithDefaultCountry("To", to, defaultCountryCode) };
    const client = getTwilioClient(twilioConnection);
    if (checkSenderFirst) await refuseUnlessSenderReachesUs(client, { ...message, recipients: [message.to] });
    const { data, instanceState } = await namingInputs({ ...IDEMPOTENCY_KEY_LABELS, ...CONTENT_VARIABLES_LABELS }, () =>
      sendMessageOnce(client, {
        message,
        ...toIdempotencyOptions({ idempotencyKey, idempotencyStore, syncService }, context.instanceState),
      }),
    );
    return instanceState ? { data, instanceState } : { data };
  },
  examplePayload: { data: sendResultExample },
  outputSchema: sentMessageOutput,
  performSafety: "notAllowed",
  examplePerform: async (_context, values) => (await import("../../examplePerforms/messages")).exampleSend(values),
});
