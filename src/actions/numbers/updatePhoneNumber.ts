import { action } from "@prismatic-io/spectral";
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
import { numberConfigurationOutput } from "../../outputSchemas/numbers";

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
  perform: async (_context, { twilioConnection, phoneNumber, messagingServiceSid, ...changes }) => {
    const { updateOwnNumber } = await import("../../client/numbers/numbers");
    const { addNumberToService } = await import("../../client/numbers/serviceMembership");
    const { getTwilioClient } = await import("../../client/twilioClient");
    const client = getTwilioClient(twilioConnection);
    const data = await updateOwnNumber(client, phoneNumber, changes);
    // Twilio keeps a number's service in the service's sender pool, not on the number.
    if (messagingServiceSid) await addNumberToService(client, messagingServiceSid, data.sid);
    return { data };
  },
  examplePayload: { data: numberConfigurationExample },
  outputSchema: numberConfigurationOutput,
  performSafety: "notAllowed",
  examplePerform: async (_context, values) => (await import("../../examplePerforms/numbers")).exampleUpdateNumber(values),
});
