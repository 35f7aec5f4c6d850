import { input } from "@prismatic-io/spectral";
import { InputError } from "../client/transport/errors";
import { toTextList } from "./clean";

/** Twilio's event types: dotted lower-case names under com.twilio. */
const EVENT_TYPE_PATTERN = /^com\.twilio\.[a-z0-9-]+(\.[a-z0-9-]+)+$/;
const MAX_EVENT_TYPES = 100;

export const eventTypes = input({
  label: "Event Types",
  type: "string",
  collection: "valuelist",
  required: true,
  example: "com.twilio.messaging.message.delivered",
  comments:
    "The events this flow receives, from Twilio's catalogue (the picker groups them by product): com.twilio.messaging.message.delivered, com.twilio.messaging.inbound-message.received, com.twilio.conversations.message.added... Changing them and redeploying updates the subscription.",
  dataSource: "selectEventTypes",
  clean: (value: unknown): string[] => {
    const types = [...new Set(toTextList(value))];
    if (types.length === 0)
      throw new InputError("Event Types", "at least one event type, such as com.twilio.messaging.message.delivered", "");
    for (const type of types) {
      if (!EVENT_TYPE_PATTERN.test(type))
        throw new InputError("Event Types", "event types such as com.twilio.messaging.message.delivered", type);
    }
    if (types.length > MAX_EVENT_TYPES) throw new InputError("Event Types", `at most ${MAX_EVENT_TYPES} types`, `${types.length} types`);
    return types;
  },
});
