import { usageCategory, usageEndDate, usagePeriod, usageStartDate } from "../../src/inputs/usage";
import { refusal } from "../support/refusal";

describe("usage inputs", () => {
  it("Period: this month by default, one of Twilio's periods", () => {
    expect(usagePeriod.clean?.("")).toBe("thisMonth");
    expect(usagePeriod.clean?.("daily")).toBe("daily");
    expect(refusal(() => usagePeriod.clean?.("fortnight"))).toMatch(
      /^Input "Period": expected today, yesterday, thisMonth, lastMonth, allTime, daily, monthly/,
    );
  });

  it("Period: a name every object has is no period, so it never becomes part of the request path", () => {
    for (const inherited of ["toString", "constructor", "hasOwnProperty"])
      expect(refusal(() => usagePeriod.clean?.(inherited))).toMatch(/^Input "Period"/);
  });

  it("Category: Twilio's lowercase category names", () => {
    expect(usageCategory.clean?.("sms-outbound")).toBe("sms-outbound");
    expect(usageCategory.clean?.("")).toBeUndefined();
    expect(refusal(() => usageCategory.clean?.("SMS outbound"))).toMatch(
      /^Input "Category": expected a usage category such as sms-outbound/,
    );
    expect(refusal(() => usageCategory.clean?.("../Calls"))).toMatch(/^Input "Category"/);
  });

  it("Start Date and End Date: days as YYYY-MM-DD", () => {
    expect(usageStartDate.clean?.("2026-11-01")).toBe("2026-11-01");
    expect(usageEndDate.clean?.("")).toBeUndefined();
    expect(refusal(() => usageStartDate.clean?.("20 Nov"))).toMatch(/^Input "Start Date"/);
    expect(refusal(() => usageEndDate.clean?.("2026-13-01"))).toMatch(/^Input "End Date"/);
  });
});
