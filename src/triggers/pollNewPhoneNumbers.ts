import { pollingTrigger } from "@prismatic-io/spectral";
import { newPhoneNumbersExample } from "../examplePayloads/numbers";
import { voicePollingConnection } from "../inputs/voicePolling";

export const pollNewPhoneNumbers = pollingTrigger({
  display: {
    label: "New Phone Numbers",
    description:
      "Check Twilio on a schedule and deliver each number added to the account (bought, ported or moved in) exactly once, oldest first.",
  },
  inputs: { connection: voicePollingConnection },
  perform: async (context, payload, { connection }) => {
    const { pollOnce } = await import("./pollOnce");
    const { getTwilioClient } = await import("../client/twilioClient");
    const { pollNewNumbers } = await import("../client/numbers/polling");
    return pollOnce(context, payload, async (state) => {
      const { numbers, state: next } = await pollNewNumbers(getTwilioClient(connection), state);
      // Spread into plain objects: the trigger payload is typed as records, which an interface is not.
      return { items: numbers.map((number) => ({ ...number })), state: next };
    });
  },
  examplePayload: newPhoneNumbersExample,
});
