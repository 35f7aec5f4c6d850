import { action } from "@prismatic-io/spectral";
import { sendBulk } from "../../client/messages/bulkSend";
import { getTwilioClient } from "../../client/twilioClient";
import { bulkSendExample } from "../../examplePayloads/bulk";
import { checkLineType, concurrency, recipients } from "../../inputs/bulk";
import { twilioConnection } from "../../inputs/connection";
import { messageContentInputs, toMessageContent } from "../../inputs/messages";
import { defaultCountryCode } from "../../inputs/recipients";

export const sendBulkSMS = action({
  display: {
    label: "Send Bulk Messages",
    description:
      "Send one message to many recipients, each number once, and get a result per recipient: sent (with its SID) or why not. The step succeeds even when some recipients fail: check its status.",
  },
  inputs: { twilioConnection, recipients, ...messageContentInputs, defaultCountryCode, concurrency, checkLineType },
  perform: async (_context, { twilioConnection, recipients, defaultCountryCode, concurrency, checkLineType, ...content }) => {
    const data = await sendBulk(getTwilioClient(twilioConnection), {
      recipients,
      defaultCountryCode,
      concurrency,
      checkLineType,
      message: toMessageContent(content),
    });
    return { data };
  },
  examplePayload: { data: bulkSendExample },
});
