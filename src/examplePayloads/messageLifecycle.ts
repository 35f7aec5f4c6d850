import type { DeletedMessage } from "../client/messages/lifecycle";
import { sentMessageExample } from "./messages";

export const canceledMessageExample = {
  ...sentMessageExample,
  status: "canceled",
  messagingServiceSid: "MG9752274e9e519418a7406176694466fa",
  from: null,
};

export const redactedMessageExample = {
  ...sentMessageExample,
  body: "",
  status: "delivered",
  dateSent: "2026-11-20T16:04:32.000Z",
};

export const deletedMessageExample: DeletedMessage = {
  sid: "SM1f0e8ae6ade43cb3c0ce4525424e404f",
  deleted: true,
};
