import { action } from "@prismatic-io/spectral";
import { updateOwnNumber } from "../../client/numbers/numbers";
import { getTwilioClient } from "../../client/twilioClient";
import { numberConfigurationExample } from "../../examplePayloads/numbers";
import { twilioConnection } from "../../inputs/connection";
import {
  numberFriendlyName,
  numberMessagingService,
  numberStatusCallback,
  ownPhoneNumber,
  smsFallbackUrl,
  smsMethod,
  smsUrl,
  voiceFallbackUrl,
  voiceMethod,
  voiceUrl,
} from "../../inputs/numberConfiguration";

export const updatePhoneNumber = action({
  display: {
    label: "Update Phone Number",
    description:
      "Change a number's friendly name, SMS and voice URLs and methods, fallback URLs or status callback, or add it to a Messaging Service. Inputs left empty keep what the number has.",
  },
  inputs: {
    twilioConnection,
    phoneNumber: ownPhoneNumber,
    friendlyName: numberFriendlyName,
    smsUrl,
    smsMethod,
    smsFallbackUrl,
    voiceUrl,
    voiceMethod,
    voiceFallbackUrl,
    statusCallback: numberStatusCallback,
    messagingServiceSid: numberMessagingService,
  },
  perform: async (_context, { twilioConnection, phoneNumber, ...changes }) => {
    const data = await updateOwnNumber(getTwilioClient(twilioConnection), phoneNumber, changes);
    return { data };
  },
  examplePayload: { data: numberConfigurationExample },
});
