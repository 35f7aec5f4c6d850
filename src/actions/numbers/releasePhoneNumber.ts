import { action } from "@prismatic-io/spectral";
import { releaseExample } from "../../examplePayloads/numbers";
import { twilioConnection } from "../../inputs/connection";
import { confirmRelease, ownPhoneNumber, releaseConfirmation } from "../../inputs/numberConfiguration";
import { releaseOutput } from "../../outputSchemas/numbers";

export const releasePhoneNumber = action({
  display: {
    label: "Release Phone Number",
    description:
      "Give a number back to Twilio: billing stops, the number stops working at once and may be sold to someone else. Irreversible: Confirm Number must repeat the number, or nothing is released.",
  },
  inputs: { twilioConnection, phoneNumber: ownPhoneNumber, confirmNumber: releaseConfirmation },
  perform: async (_context, { twilioConnection, phoneNumber, confirmNumber }) => {
    const { ownNumber, releaseOwnNumber } = await import("../../client/numbers/numbers");
    const { getTwilioClient } = await import("../../client/twilioClient");
    const client = getTwilioClient(twilioConnection);
    const number = await ownNumber(client, phoneNumber);
    confirmRelease(confirmNumber, number);
    await releaseOwnNumber(client, number);
    return { data: { released: true, sid: number.sid, phoneNumber: number.phoneNumber } };
  },
  examplePayload: { data: releaseExample },
  outputSchema: releaseOutput,
  performSafety: "notAllowed",
  examplePerform: async (_context, values) => (await import("../../examplePerforms/numbers")).exampleReleaseNumber(values),
});
