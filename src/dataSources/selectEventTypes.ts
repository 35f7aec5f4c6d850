import { twilioPicklist } from "./picklist";

export const selectEventTypes = twilioPicklist({
  label: "Select Event Types",
  description: "Pick event types from Twilio's Event Streams catalogue, grouped by product (Messaging, Voice, Conversations...).",
  example: [
    {
      key: "com.twilio.messaging.message.delivered",
      label: "Messaging · Outbound message delivered (com.twilio.messaging.message.delivered)",
    },
  ],
  choices: async (client) => (await import("../client/events/catalogue")).eventTypeChoices(client),
});
