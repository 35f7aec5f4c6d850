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
    const { initialPollState, isMessagePollState, pollNewMessages } = await import("../client/messages/polling");
    const { getTwilioClient } = await import("../client/twilioClient");
    if (showUpdatedRecords) context.logger.warn("Show Updated Records has no effect: this trigger reports new messages only.");
    if (!showNewRecords) context.logger.warn("Show New Records is off, so nothing is delivered: this trigger reports new messages only.");
    const saved = context.polling.getState();
    // While Show New Records is off the start moves along, so turning it back on does not replay what came meanwhile.
    if (!showNewRecords || !isMessagePollState(saved)) {
      context.polling.setState({ ...initialPollState(new Date()) });
      return {
        payload: { ...payload, body: { data: [] } },
        polledNoChanges: true,
      };
    }
    const { messages, state } = await pollNewMessages(getTwilioClient(connection), saved, { to, from, inboundOnly });
    context.polling.setState({ ...state });
    return {
      payload: { ...payload, body: { data: messages } },
      polledNoChanges: messages.length === 0,
    };
  },
  examplePayload: pollChangesExample,
});
