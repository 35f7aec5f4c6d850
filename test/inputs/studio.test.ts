import { executionSid, parametersJson, studioFlow, studioFrom, studioTo, toFlowParameters } from "../../src/inputs/studio";
import { refusal } from "../support/refusal";

describe("Studio inputs", () => {
  it("Flow and Execution SID: FW and FN SIDs, required", () => {
    expect(studioFlow.clean?.(`FW${"a".repeat(32)}`)).toBe(`FW${"a".repeat(32)}`);
    expect(refusal(() => studioFlow.clean?.(""))).toMatch(/^Input "Flow": expected a Studio flow SID: "FW"/);
    expect(executionSid.clean?.(`FN${"a".repeat(32)}`)).toBe(`FN${"a".repeat(32)}`);
    expect(refusal(() => executionSid.clean?.("FN1/../Steps"))).toMatch(/^Input "Execution SID": expected a Studio execution SID: "FN"/);
  });

  it("To: a recipient; From: a number, channel sender or Messaging Service SID", () => {
    expect(studioTo.clean?.("+1 555 867 5310")).toBe("+15558675310");
    expect(refusal(() => studioTo.clean?.(""))).toMatch(/^Input "To"/);
    expect(studioFrom.clean?.("+15017122661")).toBe("+15017122661");
    expect(studioFrom.clean?.(`MG${"a".repeat(32)}`)).toBe(`MG${"a".repeat(32)}`);
    expect(refusal(() => studioFrom.clean?.(""))).toMatch(/^Input "From": expected a Twilio phone number or a Messaging Service SID/);
  });

  it("Parameters: the list and the JSON merged, a key in both refused", () => {
    expect(parametersJson.clean?.('{"orderId": "1234"}')).toEqual({ orderId: "1234" });
    const values = (parameters?: Record<string, unknown>, json?: Record<string, unknown>) =>
      ({ parameters, parametersJson: json }) as unknown as Parameters<typeof toFlowParameters>[0];
    expect(toFlowParameters(values({ name: "Jane" }, { orderId: "1234" }))).toEqual({ name: "Jane", orderId: "1234" });
    expect(toFlowParameters(values())).toBeUndefined();
    expect(refusal(() => toFlowParameters(values({ orderId: "1" }, { orderId: "2" })))).toBe(
      'Input "Parameters": expected keys not also given in "Parameters (JSON)", got "orderId".',
    );
  });
});
