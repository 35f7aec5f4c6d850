import { SpectralError } from "@prismatic-io/spectral";
import { TwilioApiError } from "./client/transport/errors";

/** The component as a whole, without its parts (src/index.ts adds those, each converted on first read). */
export const definition = {
  key: "twilio",
  public: false,
  documentationUrl: "https://prismatic.io/docs/components/twilio/",
  display: {
    label: "Twilio",
    description:
      "Send and track SMS, MMS and WhatsApp messages with Twilio, exactly once; place and answer calls, fetch recordings and media; look up numbers, send verification codes, use content templates and start Studio flows; and react to incoming messages and calls with verified webhooks.",
    iconPath: "icon.png",
    category: "Application Connectors",
  },
  hooks: {
    // A bad input's error already says what to fix. What to do about Twilio's answers is worded by
    // src/errors, loaded with the first such failure, not with the component.
    error: async (error: unknown) =>
      error instanceof SpectralError && !(error instanceof TwilioApiError)
        ? error
        : (await import("./errors/builderErrors")).toBuilderError(error),
  },
};
