import { dataSource } from "@prismatic-io/spectral";
import { eventTypeChoices } from "../client/events/catalogue";
import { getTwilioClient } from "../client/twilioClient";
import { twilioConnection } from "../inputs/connection";

export const selectEventTypes = dataSource({
  display: {
    label: "Select Event Types",
    description: "Pick event types from Twilio's Event Streams catalogue, grouped by product (Messaging, Voice, Conversations...).",
  },
  dataSourceType: "picklist",
  inputs: { connection: twilioConnection },
  perform: async (_context, { connection }) => {
    const result = await eventTypeChoices(getTwilioClient(connection));
    return { result };
  },
  examplePayload: {
    result: [
      {
        key: "com.twilio.messaging.message.delivered",
        label: "Messaging · Outbound message delivered (com.twilio.messaging.message.delivered)",
      },
    ],
  },
});
