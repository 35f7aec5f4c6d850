import { component } from "@prismatic-io/spectral";
import { actions } from "./actions";
import { connections } from "./connections";
import { dataSources } from "./dataSources";
import { lazyTable } from "./lazyTable";
import { triggers } from "./triggers";

const definition = {
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
    // What to do about a failure is worded by src/errors, loaded with the first failure: not with the component.
    error: async (error: unknown) => (await import("./errors/builderErrors")).toBuilderError(error),
  },
};

/**
 * Each part as spectral's component() converts it, converted when first read: a step converts
 * only the action, trigger or data source it runs (see lazyTable).
 */
function convertedOnRead<Part>(parts: Record<string, Part>, convert: (key: string, part: Part) => unknown) {
  return lazyTable(Object.fromEntries(Object.keys(parts).map((key) => [key, () => convert(key, parts[key])])));
}

const twilio = component({ ...definition, connections, actions: {}, triggers: {}, dataSources: {} });

export default {
  ...twilio,
  actions: convertedOnRead(actions, (key, part) => component({ ...definition, actions: { [key]: part } }).actions[key]),
  triggers: convertedOnRead(triggers, (key, part) => component({ ...definition, triggers: { [key]: part } }).triggers[key]),
  dataSources: convertedOnRead(dataSources, (key, part) => component({ ...definition, dataSources: { [key]: part } }).dataSources[key]),
} as typeof twilio;
