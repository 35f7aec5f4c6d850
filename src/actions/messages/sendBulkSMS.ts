import { action } from "@prismatic-io/spectral";
import { bulkSendExample } from "../../examplePayloads/bulk";
import { bulkContinueFrom, checkLineType, concurrency, recipients, timeBudget } from "../../inputs/bulk";
import { twilioConnection } from "../../inputs/connection";
import { idempotencyKey } from "../../inputs/idempotency";
import { messageContentInputs, toMessageContent } from "../../inputs/messages";
import { defaultCountryCode } from "../../inputs/recipients";
import { bulkSendOutput } from "../../outputSchemas/messages";

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
  },
  perform: async (
    context,
    { twilioConnection, recipients, defaultCountryCode, concurrency, checkLineType, timeBudget, continueFrom, idempotencyKey, ...content },
  ) => {
    const { sendBulk } = await import("../../client/messages/bulkSend");
    const { getTwilioClient } = await import("../../client/twilioClient");
    const { data, instanceState } = await sendBulk(getTwilioClient(twilioConnection), {
      recipients,
      defaultCountryCode,
      concurrency,
      checkLineType,
      timeBudgetMs: timeBudget,
      continueFrom,
      idempotencyKey,
      state: context.instanceState,
      message: toMessageContent(content),
    });
    return instanceState ? { data, instanceState } : { data };
  },
  examplePayload: { data: bulkSendExample },
  outputSchema: bulkSendOutput,
  performSafety: "notAllowed",
  examplePerform: async (_context, values) => (await import("../../examplePerforms/messages")).exampleBulkSend(values),
});
