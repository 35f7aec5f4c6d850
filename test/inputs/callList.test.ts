import { callFromFilter, callStatusFilter, callToFilter, startedAfter, startedBefore } from "../../src/inputs/callList";
import { refusal } from "../support/refusal";

describe("call list inputs", () => {
  it("To and From: callees and callers as Twilio takes them", () => {
    expect(callToFilter.clean?.("+1 555 867 5310")).toBe("+15558675310");
    expect(callToFilter.clean?.("client:alice")).toBe("client:alice");
    expect(callToFilter.clean?.("")).toBeUndefined();
    expect(callFromFilter.clean?.("+15017122661")).toBe("+15017122661");
    expect(refusal(() => callToFilter.clean?.("alice"))).toMatch(/^Input "To"/);
    expect(refusal(() => callFromFilter.clean?.("AcmeCo"))).toMatch(/^Input "From"/);
  });

  it("Status: one of Twilio's call statuses, or any", () => {
    expect(callStatusFilter.clean?.("no-answer")).toBe("no-answer");
    expect(callStatusFilter.clean?.("")).toBeUndefined();
    expect(refusal(() => callStatusFilter.clean?.("answered"))).toMatch(/^Input "Status": expected one of queued, ringing, in-progress/);
  });

  it("Started Before and Started After: instants", () => {
    expect(startedBefore.clean?.("2026-11-20T16:00:00Z")).toEqual(new Date("2026-11-20T16:00:00Z"));
    expect(refusal(() => startedAfter.clean?.("last week"))).toMatch(/^Input "Started After"/);
  });
});
