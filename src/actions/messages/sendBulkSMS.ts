import { action } from "@prismatic-io/spectral";
import { bulkSendExample } from "../../examplePayloads/bulk";
import {
  BULK_CONTINUE_FROM_LABELS,
  bulkContinueFrom,
  checkLineType,
  concurrency,
  recipients,
  timeBudget,
  toBulkRecipients,
} from "../../inputs/bulk";
import { checkSenderFirst } from "../../inputs/compliance";
import { twilioConnection } from "../../inputs/connection";
import { IDEMPOTENCY_KEY_LABELS, idempotencyInputs, toIdempotencyOptions } from "../../inputs/idempotency";
import { namedFor, namingInputs } from "../../inputs/labels";
import { CONTENT_VARIABLES_LABELS, messageContentInputs, toMessageContent } from "../../inputs/messages";
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
    ...idempotencyInputs,
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
      idempotencyStore,
      syncService,
      checkSenderFirst,
      ...content
    },
  ) => {
    const { refuseUnlessSenderReachesUs } = await import("../../client/compliance/sendCheck");
    const { sendBulk } = await import("../../client/messages/bulkSend");
    const { getTwilioClient } = await import("../../client/twilioClient");
    const { toBuilderError } = await import("../../errors/builderErrors");
    const client = getTwilioClient(twilioConnection);
    const message = toMessageContent(content);
    const planned = toBulkRecipients(recipients, defaultCountryCode, message.sender);
    if (checkSenderFirst) await refuseUnlessSenderReachesUs(client, { ...message, recipients, defaultCountryCode });
    const labels = { ...IDEMPOTENCY_KEY_LABELS, ...CONTENT_VARIABLES_LABELS, ...BULK_CONTINUE_FROM_LABELS };
    const { data, instanceState } = await namingInputs(
      labels,
      () =>
        sendBulk(client, {
          recipients: planned,
          concurrency,
          checkLineType,
          timeBudgetMs: timeBudget,
          continueFrom,
          ...toIdempotencyOptions({ idempotencyKey, idempotencyStore, syncService }, context.instanceState),
          message,
          wording: (error) => toBuilderError(namedFor(labels, error)),
        }),
      "an earlier Send Bulk Messages run",
    );
    return instanceState ? { data, instanceState } : { data };
  },
  examplePayload: { data: bulkSendExample },
  outputSchema: bulkSendOutput,
  performSafety: "notAllowed",
  examplePerform: async (_context, values) => (await import("../../examplePerforms/messages")).exampleBulkSend(values),
});
