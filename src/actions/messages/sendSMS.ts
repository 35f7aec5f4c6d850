import { action } from "@prismatic-io/spectral";
import { toRecipientWithDefaultCountry } from "../../client/identifiers";
import { sendMessage } from "../../client/messages/messages";
import { getTwilioClient } from "../../client/twilioClient";
import { sentMessageExample } from "../../examplePayloads/messages";
import { twilioConnection } from "../../inputs/connection";
import { messageContentInputs, to, toMessageContent } from "../../inputs/messages";
import { defaultCountryCode } from "../../inputs/recipients";

export const sendSMS = action({
  display: {
    label: "Send Message",
    description: "Send an SMS, MMS or WhatsApp message from a number, sender ID or Messaging Service. Never sent twice by a retry.",
  },
  inputs: { twilioConnection, to, ...messageContentInputs, defaultCountryCode },
  perform: async (_context, { twilioConnection, to, defaultCountryCode, ...content }) => {
    const recipient = toRecipientWithDefaultCountry("To", to, defaultCountryCode);
    const data = await sendMessage(getTwilioClient(twilioConnection), { ...toMessageContent(content), to: recipient });
    return { data };
  },
  examplePayload: { data: sentMessageExample },
});
