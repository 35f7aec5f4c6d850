import { component } from "@prismatic-io/spectral";
import { actions } from "./actions";
import { connections } from "./connections";
import { dataSources } from "./dataSources";
import { definition } from "./definition";
import { lazyTable } from "./lazyTable";
import { triggers } from "./triggers";

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
