import { replyFrom, replyTo, since, timeout, toDurationMs } from "../../src/inputs/replies";
import { refusal } from "../support/refusal";

describe("toDurationMs", () => {
  it.each([
    ["30s", 30_000],
    ["10m", 600_000],
    ["1h", 3_600_000],
    ["1m30s", 90_000],
    [" 1M 30S ", 90_000],
    ["45", 45_000],
  ])("reads %j as %d ms", (text, ms) => {
    expect(toDurationMs("Timeout", text)).toBe(ms);
  });

  it.each(["0", "0s", "2h", "61m", "ten minutes", "1d", "", "-5s"])("refuses %j, naming the input and the longest wait", (text) => {
    expect(refusal(() => toDurationMs("Timeout", text))).toMatch(
      /^Input "Timeout": expected a duration such as 30s, 10m, 1h or 1m30s, up to 1h/,
    );
  });
});

describe("reply inputs", () => {
  it("Timeout: 5 minutes by default", () => {
    expect(timeout.clean?.("")).toBe(300_000);
    expect(timeout.clean?.("90s")).toBe(90_000);
  });

  it("Reply From: required, a national number left for the country code; Reply To and Since optional", () => {
    expect(replyFrom.clean?.("+1 555 867 5310")).toBe("+15558675310");
    expect(replyFrom.clean?.("555 867 5310")).toBe("555 867 5310");
    expect(refusal(() => replyFrom.clean?.(""))).toMatch(/^Input "Reply From"/);
    expect(replyTo.clean?.("")).toBeUndefined();
    expect(refusal(() => replyTo.clean?.("jane"))).toMatch(/^Input "Reply To"/);
    expect(since.clean?.("2026-11-20T16:04:31Z")).toEqual(new Date("2026-11-20T16:04:31Z"));
    expect(refusal(() => since.clean?.("just now"))).toMatch(/^Input "Since"/);
  });
});
