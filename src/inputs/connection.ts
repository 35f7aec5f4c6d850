import { input } from "@prismatic-io/spectral";

export const twilioConnection = input({
  label: "Connection",
  type: "connection",
  required: true,
  comments: "A Twilio connection: Auth Token, or API Key (preferred: it can be revoked on its own).",
});
