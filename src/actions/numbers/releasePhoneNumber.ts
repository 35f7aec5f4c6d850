import { action } from "@prismatic-io/spectral";
import { ownNumber, releaseOwnNumber } from "../../client/numbers/numbers";
import { getTwilioClient } from "../../client/twilioClient";
import { releaseExample } from "../../examplePayloads/numbers";
import { twilioConnection } from "../../inputs/connection";
import { confirmRelease, ownPhoneNumber, releaseConfirmation } from "../../inputs/numberConfiguration";

export const releasePhoneNumber = action({
  display: {
    label: "Release Phone Number",
    description:
      "Give a number back to Twilio: billing stops, the number stops working at once and may be sold to someone else. Irreversible: Confirm Number must repeat the number, or nothing is released.",
  },
  inputs: { twilioConnection, phoneNumber: ownPhoneNumber, confirmNumber: releaseConfirmation },
  perform: async (_context, { twilioConnection, phoneNumber, confirmNumber }) => {
    const client = getTwilioClient(twilioConnection);
    const number = await ownNumber(client, phoneNumber);
    confirmRelease(confirmNumber, number);
    await releaseOwnNumber(client, number);
    return { data: { released: true, sid: number.sid, phoneNumber: number.phoneNumber } };
  },
  examplePayload: { data: releaseExample },
});
