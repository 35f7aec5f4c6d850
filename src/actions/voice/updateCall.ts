import { action } from "@prismatic-io/spectral";
import { completedCallExample } from "../../examplePayloads/voice";
import { redirectInstructionInputs, toRedirectInstructions } from "../../inputs/callInstructions";
import { callChange, callSid, toCallChange } from "../../inputs/calls";
import { twilioConnection } from "../../inputs/connection";
import { callOutput } from "../../outputSchemas/voice";

export const updateCall = action({
  display: {
    label: "Update Call",
    description: "Hang up or cancel a call, or redirect a live call to new TwiML, a TwiML URL, a text to speak or an audio file.",
  },
  inputs: { twilioConnection, sid: callSid, change: callChange, ...redirectInstructionInputs },
  perform: async (_context, { twilioConnection, sid, change, ...instructions }) => {
    const { getTwilioClient } = await import("../../client/twilioClient");
    const { updateCall: changeCall } = await import("../../client/voice/calls");
    const data = await changeCall(
      getTwilioClient(twilioConnection),
      sid,
      toCallChange(change, () => toRedirectInstructions(instructions)),
    );
    return { data };
  },
  examplePayload: { data: completedCallExample },
  outputSchema: callOutput,
  performSafety: "notAllowed",
  examplePerform: async (_context, values) => (await import("../../examplePerforms/voice")).exampleUpdateCall(values),
});
