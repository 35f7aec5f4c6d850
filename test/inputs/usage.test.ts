import { toUsageQuery, usageCategory, usageEndDate, usagePeriod, usageStartDate } from "../../src/inputs/usage";
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

describe("toUsageQuery", () => {
  it("keeps dates for daily and monthly records", () => {
    const query = { period: "daily" as const, startDate: "2026-11-01", endDate: "2026-11-20" };
    expect(toUsageQuery(query)).toEqual(query);
  });

  it.each([
    [{ period: "today" as const, startDate: "2026-11-01" }, /Input "Start Date": expected no date for this period/],
    [{ period: "allTime" as const, endDate: "2026-11-01" }, /Input "Start Date": expected no date for this period/],
    [
      { period: "daily" as const, startDate: "2026-11-20", endDate: "2026-11-01" },
      /Input "End Date": expected a date on or after the Start Date \(2026-11-20\)/,
    ],
  ])("refuses %j", (query, message) => {
    expect(refusal(() => toUsageQuery(query))).toMatch(message);
  });
});
