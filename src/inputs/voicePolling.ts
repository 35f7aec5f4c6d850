import { input } from "@prismatic-io/spectral";
import { cleanBoolean } from "./clean";

export const voicePollingConnection = input({
  label: "Connection",
  type: "connection",
  required: true,
  comments: "A Twilio connection (Auth Token or API Key) whose account is checked on each poll.",
});

export const inboundCallsOnly = input({
  label: "Inbound Only",
  type: "boolean",
  required: false,
  default: "false",
  comments: "Only calls to your numbers, not the ones your account placed.",
  clean: cleanBoolean("Inbound Only"),
});
