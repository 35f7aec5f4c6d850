import { component } from "@prismatic-io/spectral";
import { actions } from "./actions";
import { connections } from "./connections";
import { dataSources } from "./dataSources";
import { triggers } from "./triggers";

export default component({
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
  connections,
  actions,
  triggers,
  dataSources,
  hooks: {
    // What to do about a failure is worded by src/errors, loaded with the first failure: not with the component.
    error: async (error: unknown) => (await import("./errors/builderErrors")).toBuilderError(error),
  },
});
