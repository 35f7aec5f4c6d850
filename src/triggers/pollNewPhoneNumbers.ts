import { pollingTrigger } from "@prismatic-io/spectral";
import { pollNewNumbers } from "../client/numbers/polling";
import { getTwilioClient } from "../client/twilioClient";
import { newPhoneNumbersExample } from "../examplePayloads/numbers";
import { voicePollingConnection } from "../inputs/voicePolling";
import { pollOnce } from "./pollOnce";

export const pollNewPhoneNumbers = pollingTrigger({
  display: {
    label: "New Phone Numbers",
    description:
      "Check Twilio on a schedule and deliver each number added to the account (bought, ported or moved in) exactly once, oldest first.",
  },
  inputs: { connection: voicePollingConnection },
  perform: (context, payload, { connection }) =>
    pollOnce(context, payload, async (state) => {
      const { numbers, state: next } = await pollNewNumbers(getTwilioClient(connection), state);
      // Spread into plain objects: the trigger payload is typed as records, which an interface is not.
      return { items: numbers.map((number) => ({ ...number })), state: next };
    }),
  examplePayload: newPhoneNumbersExample,
});
