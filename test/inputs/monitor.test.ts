import { alertLogLevel, alertsAfter, alertsBefore } from "../../src/inputs/monitor";
import { refusal } from "../support/refusal";

describe("alert inputs", () => {
  it("Log Level: error or warning, or any", () => {
    expect(alertLogLevel.clean?.("warning")).toBe("warning");
    expect(alertLogLevel.clean?.("")).toBeUndefined();
    expect(refusal(() => alertLogLevel.clean?.("debug"))).toBe('Input "Log Level": expected error, warning, got "debug".');
  });

  it("Start Date and End Date: instants, each named by its own label", () => {
    expect(alertsAfter.clean?.("2026-11-20T16:00:00Z")).toEqual(new Date("2026-11-20T16:00:00Z"));
    expect(alertsBefore.clean?.("")).toBeUndefined();
    expect(refusal(() => alertsAfter.clean?.("yesterday"))).toMatch(/^Input "Start Date"/);
    expect(refusal(() => alertsBefore.clean?.("yesterday"))).toMatch(/^Input "End Date"/);
  });
});
