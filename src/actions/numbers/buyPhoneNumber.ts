import { action } from "@prismatic-io/spectral";
import { purchaseExample } from "../../examplePayloads/numbers";
import { twilioConnection } from "../../inputs/connection";
import { IDEMPOTENCY_KEY_LABELS, idempotencyInputs, toIdempotencyOptions } from "../../inputs/idempotency";
import { namedFor, namingInputs } from "../../inputs/labels";
import {
  numberFriendlyName,
  numberMessagingService,
  phoneNumberToBuy,
  purchaseIdempotencyKey,
  smsUrl,
  voiceUrl,
} from "../../inputs/numberConfiguration";
import { numberSearchInputs, toNumberSearch } from "../../inputs/numberSearch";
import { purchaseOutput } from "../../outputSchemas/numbers";

export const buyPhoneNumber = action({
  display: {
    label: "Buy Phone Number",
    description:
      "Buy a number (billed monthly): one from a search, or the first for sale matching the search inputs; set its name and webhook URLs and optionally add it to a Messaging Service. Never bought twice by a retry; with an idempotency key never twice by a rerun.",
  },
  inputs: {
    twilioConnection,
    phoneNumber: phoneNumberToBuy,
    ...numberSearchInputs,
    friendlyName: numberFriendlyName,
    smsUrl,
    voiceUrl,
    messagingServiceSid: numberMessagingService,
    ...idempotencyInputs,
    idempotencyKey: purchaseIdempotencyKey,
  },
  perform: async (
    context,
    {
      twilioConnection,
      phoneNumber,
      friendlyName,
      smsUrl,
      voiceUrl,
      messagingServiceSid,
      idempotencyKey,
      idempotencyStore,
      syncService,
      ...search
    },
  ) => {
    const { buyNumberOnce } = await import("../../client/numbers/purchase");
    const { getTwilioClient } = await import("../../client/twilioClient");
    const { toBuilderError } = await import("../../errors/builderErrors");
    const { data, instanceState } = await namingInputs(IDEMPOTENCY_KEY_LABELS, () =>
      buyNumberOnce(
        getTwilioClient(twilioConnection),
        { phoneNumber, search: toNumberSearch(search), friendlyName, smsUrl, voiceUrl, messagingServiceSid },
        toIdempotencyOptions({ idempotencyKey, idempotencyStore, syncService }, context.instanceState),
        (error) => toBuilderError(namedFor(IDEMPOTENCY_KEY_LABELS, error)),
      ),
    );
    return instanceState ? { data, instanceState } : { data };
  },
  examplePayload: { data: purchaseExample },
  outputSchema: purchaseOutput,
  performSafety: "notAllowed",
  examplePerform: async (_context, values) => (await import("../../examplePerforms/numbers")).exampleBuyNumber(values),
});
