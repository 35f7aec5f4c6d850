import { action } from "@prismatic-io/spectral";
import { sendBulk } from "../../client/bulkSend";
import { getTwilioClient } from "../../client/twilioClient";
import { bulkSendExample } from "../../examplePayloads/bulk";
import { concurrency, recipients } from "../../inputs/bulk";
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
  validityPeriod,
} from "../../inputs/messages";
import { defaultCountryCode } from "../../inputs/recipients";

export const sendBulkSMS = action({
  display: {
    label: "Send Bulk Messages",
    description:
      "Send one message to many recipients, each number once, and get a result per recipient: sent (with its SID) or why not. The step succeeds even when some recipients fail: check its status.",
  },
  inputs: {
    twilioConnection,
    recipients,
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
    concurrency,
  },
  perform: async (_context, { twilioConnection, recipients, defaultCountryCode, concurrency, from, message, mediaUrls, ...options }) => {
    const data = await sendBulk(getTwilioClient(twilioConnection), {
      recipients,
      defaultCountryCode,
      concurrency,
      message: { ...options, sender: from, body: message, mediaUrls },
    });
    return { data };
  },
  examplePayload: { data: bulkSendExample },
});
