import { action } from "@prismatic-io/spectral";
import { sendMessage } from "../../client/messages";
import { getTwilioClient } from "../../client/twilioClient";
import { sentMessageExample } from "../../examplePayloads/messages";
import { toRecipientWithDefaultCountry } from "../../inputs/clean";
import { twilioConnection } from "../../inputs/connection";
import {
  contentSid,
  contentVariables,
  from,
  mediaUrls,
  message,
  messagingServiceSid,
  sendAt,
  shortenUrls,
  statusCallback,
  to,
  validityPeriod,
} from "../../inputs/messages";
import { defaultCountryCode } from "../../inputs/recipients";

export const sendSMS = action({
  display: {
    label: "Send Message",
    description: "Send an SMS, MMS or WhatsApp message from a number, sender ID or Messaging Service. Never sent twice by a retry.",
  },
  inputs: {
    twilioConnection,
    to,
    from,
    message,
    messagingServiceSid,
    mediaUrls,
    contentSid,
    contentVariables,
    statusCallback,
    sendAt,
    validityPeriod,
    shortenUrls,
    defaultCountryCode,
  },
  perform: async (_context, { twilioConnection, to, defaultCountryCode, from, message, mediaUrls, ...options }) => {
    const client = getTwilioClient(twilioConnection);
    const recipient = toRecipientWithDefaultCountry("To", to, defaultCountryCode);
    const data = await sendMessage(client, { ...options, to: recipient, sender: from, body: message, mediaUrls });
    return { data };
  },
  examplePayload: { data: sentMessageExample },
});
