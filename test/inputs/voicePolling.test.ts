import { InputError } from "../../src/client/transport/errors";
import { inboundCallsOnly } from "../../src/inputs/voicePolling";

describe("Inbound Only (calls)", () => {
  it("is off by default and reads the platform's boolean forms", () => {
    expect(inboundCallsOnly.clean?.(undefined)).toBe(false);
    expect(inboundCallsOnly.clean?.("true")).toBe(true);
    expect(inboundCallsOnly.clean?.(true)).toBe(true);
    expect(inboundCallsOnly.clean?.("false")).toBe(false);
  });

  it("refuses what is no boolean, naming the input", () => {
    expect(() => inboundCallsOnly.clean?.("maybe")).toThrow(InputError);
    expect(() => inboundCallsOnly.clean?.("maybe")).toThrow(/^Input "Inbound Only"/);
  });
});
