import { action } from "@prismatic-io/spectral";
import { sendMessage } from "../../client/messages";
import { getTwilioClient } from "../../client/twilioClient";
import { sentMessageExample } from "../../examplePayloads/messages";
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
  },
  perform: async (_context, { twilioConnection, from, message, mediaUrls, ...options }) => {
    const client = getTwilioClient(twilioConnection);
    const data = await sendMessage(client, { ...options, sender: from, body: message, mediaUrls });
    return { data };
  },
  examplePayload: { data: sentMessageExample },
});
