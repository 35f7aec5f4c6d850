import { component } from "@prismatic-io/spectral";
import lazyComponent from "../src";
import { actions } from "../src/actions";
import { connections } from "../src/connections";
import { dataSources } from "../src/dataSources";
import { definition } from "../src/definition";
import { triggers } from "../src/triggers";

/** A definition as data: every function becomes a marker, so two conversions compare by what they describe. */
const described = (value: unknown) => JSON.parse(JSON.stringify(value, (_key, part) => (typeof part === "function" ? "[function]" : part)));

describe("the component", () => {
  it("is what spectral's component() makes of the whole definition at once, parts and key order included", () => {
    const eager = component({
      ...definition,
      connections,
      actions: { ...actions },
      triggers: { ...triggers },
      dataSources: { ...dataSources },
    });

    expect(Object.keys(lazyComponent)).toEqual(Object.keys(eager));
    for (const table of ["actions", "triggers", "dataSources"] as const) {
      expect(Object.keys(lazyComponent[table])).toEqual(Object.keys(eager[table]));
    }
    expect(described(lazyComponent)).toEqual(described(eager));
  });
});
