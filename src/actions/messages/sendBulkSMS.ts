import { action } from "@prismatic-io/spectral";
import { refuseUnlessSenderReachesUs } from "../../client/compliance/sendCheck";
import { sendBulk } from "../../client/messages/bulkSend";
import { getTwilioClient } from "../../client/twilioClient";
import { bulkSendExample } from "../../examplePayloads/bulk";
import { bulkContinueFrom, checkLineType, concurrency, recipients, timeBudget } from "../../inputs/bulk";
import { checkSenderFirst } from "../../inputs/compliance";
import { twilioConnection } from "../../inputs/connection";
import { idempotencyKey } from "../../inputs/idempotency";
import { messageContentInputs, toMessageContent } from "../../inputs/messages";
import { defaultCountryCode } from "../../inputs/recipients";

export const sendBulkSMS = action({
  display: {
    label: "Send Bulk Messages",
    description:
      "Send one message to many recipients, each number once, and get a result per recipient: sent (with its SID), may have been sent, or why not. The step succeeds even when some recipients fail: check its status. A long list continues in a later step from continueFrom.",
  },
  inputs: {
    twilioConnection,
    recipients,
    ...messageContentInputs,
    defaultCountryCode,
    concurrency,
    checkLineType,
    timeBudget,
    continueFrom: bulkContinueFrom,
    idempotencyKey,
    checkSenderFirst,
  },
  perform: async (
    context,
    {
      twilioConnection,
      recipients,
      defaultCountryCode,
      concurrency,
      checkLineType,
      timeBudget,
      continueFrom,
      idempotencyKey,
      checkSenderFirst,
      ...content
    },
  ) => {
    const client = getTwilioClient(twilioConnection);
    const message = toMessageContent(content);
    if (checkSenderFirst) await refuseUnlessSenderReachesUs(client, { ...message, recipients, defaultCountryCode });
    const { data, instanceState } = await sendBulk(client, {
      recipients,
      defaultCountryCode,
      concurrency,
      checkLineType,
      timeBudgetMs: timeBudget,
      continueFrom,
      idempotencyKey,
      state: context.instanceState,
      message,
    });
    return instanceState ? { data, instanceState } : { data };
  },
  examplePayload: { data: bulkSendExample },
});
