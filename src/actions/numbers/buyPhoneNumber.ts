import { action } from "@prismatic-io/spectral";
import { buyNumberOnce } from "../../client/numbers/purchase";
import { getTwilioClient } from "../../client/twilioClient";
import { purchaseExample } from "../../examplePayloads/numbers";
import { twilioConnection } from "../../inputs/connection";
import { idempotencyInputs, toIdempotencyOptions } from "../../inputs/idempotency";
import {
  numberFriendlyName,
  numberMessagingService,
  phoneNumberToBuy,
  purchaseIdempotencyKey,
  smsUrl,
  voiceUrl,
} from "../../inputs/numberConfiguration";
import { numberSearchInputs, toNumberSearch } from "../../inputs/numberSearch";

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
    const { data, instanceState } = await buyNumberOnce(
      getTwilioClient(twilioConnection),
      { phoneNumber, search: toNumberSearch(search), friendlyName, smsUrl, voiceUrl, messagingServiceSid },
      toIdempotencyOptions({ idempotencyKey, idempotencyStore, syncService }, context.instanceState),
    );
    return instanceState ? { data, instanceState } : { data };
  },
  examplePayload: { data: purchaseExample },
});
