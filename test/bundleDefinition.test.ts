import { readFileSync } from "node:fs";
import { BUNDLE_PATH } from "../scripts/lib/bundle";
import sourceComponent from "../src";

/** A definition as data: every function becomes a marker, so two conversions compare by what they describe. */
function described(definition: unknown): unknown {
  return JSON.parse(JSON.stringify(definition, (_key, value) => (typeof value === "function" ? "[function]" : value)));
}

describe("the built bundle", () => {
  it("converts no action, trigger or data source at load, and only the one a step reads", () => {
    jest.isolateModules(() => {
      const bundled = require(BUNDLE_PATH).default;
      const unread = (table: object) => Object.values(Object.getOwnPropertyDescriptors(table)).filter((property) => property.get);
      expect(unread(bundled.actions)).toHaveLength(Object.keys(sourceComponent.actions).length);
      expect(unread(bundled.triggers)).toHaveLength(Object.keys(sourceComponent.triggers).length);
      expect(unread(bundled.dataSources)).toHaveLength(Object.keys(sourceComponent.dataSources).length);

      expect(bundled.actions.sendSMS).toMatchObject({ key: "sendSMS", perform: expect.any(Function) });
      expect(unread(bundled.actions)).toHaveLength(Object.keys(sourceComponent.actions).length - 1);
    });
  });

  it("describes the component exactly as spectral's conversion of the sources does (webpack's module replacements change nothing)", () => {
    const bundled = require(BUNDLE_PATH).default;
    expect(described(bundled)).toEqual(described(sourceComponent));
    expect(Object.keys(bundled.actions)).toHaveLength(Object.keys(sourceComponent.actions).length);
  });

  it("keeps the client and twilio-node's resources out of index.js: they load with the first perform", () => {
    const index = readFileSync(BUNDLE_PATH, "utf8");
    // Strings minifying keeps: twilio-node's request client and resource classes, and the error mapping's fixes.
    for (const loadedOnFirstUse of ["twilio-node/", "IncomingPhoneNumberListInstance", "MessageListInstance", "do not authenticate"]) {
      expect({ loadedOnFirstUse, inIndex: index.includes(loadedOnFirstUse) }).toEqual({ loadedOnFirstUse, inIndex: false });
    }
  });
});
