import { pollingTrigger } from "@prismatic-io/spectral";
import { pollChangesExample } from "../examplePayloads/triggers";
import { fromFilter, toFilter } from "../inputs/messageList";
import { inboundOnly, pollingConnection, showNewRecords, showUpdatedRecords } from "../inputs/triggers";

export const pollChangesTrigger = pollingTrigger({
  display: {
    label: "New Messages",
    description: "Check Twilio on a schedule and deliver each new message exactly once, oldest first.",
  },
  inputs: {
    connection: pollingConnection,
    from: fromFilter,
    to: toFilter,
    inboundOnly,
    showNewRecords,
    showUpdatedRecords,
  },
  perform: async (context, payload, { connection, from, to, inboundOnly, showNewRecords, showUpdatedRecords }) => {
    const { pollOnce } = await import("./pollOnce");
    const { pollNewMessages } = await import("../client/messages/polling");
    const { getTwilioClient } = await import("../client/twilioClient");
    if (showUpdatedRecords) context.logger.warn("Show Updated Records has no effect: this trigger reports new messages only.");
    if (!showNewRecords) context.logger.warn("Show New Records is off, so nothing is delivered: this trigger reports new messages only.");
    // While Show New Records is off the start moves along, so turning it back on does not replay what came meanwhile.
    return pollOnce(
      context,
      payload,
      async (state) => {
        const { messages, state: next } = await pollNewMessages(getTwilioClient(connection), state, { to, from, inboundOnly });
        return { items: messages, state: next };
      },
      { restart: !showNewRecords },
    );
  },
  examplePayload: pollChangesExample,
});
