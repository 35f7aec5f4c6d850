import { STARTING_BALANCE } from "../../../sandbox/products/usage";
import { getTwilioClient } from "../../../src/client/twilioClient";
import { getAccountBalance, listUsageRecords } from "../../../src/client/usage/usage";
import { ACCOUNT_SID, authTokenConnection, failureOf } from "../../support/harness";
import { sandboxPerCase } from "../../support/sandbox";

/** Usage records and the balance against the sandbox's 2010-04-01 API (spec-checked), counted from the account's messages. */
describe("usage records", () => {
  const now = Date.UTC(2026, 10, 20, 16, 0, 0);
  const on = sandboxPerCase({ clock: { running: false, startAt: now }, tickMs: 0 });
  const client = () => getTwilioClient(authTokenConnection(on.sandbox.url));
  const send = () => client().messages.create({ to: "+15558675310", from: "+15017122661", body: "Your order has shipped." });

  it("reads each period from its own list, with the filters as Twilio names them, and numbers as numbers", async () => {
    await send();
    const { usageRecords, hasMore, nextPageUri } = await listUsageRecords(client(), {
      query: { period: "today", category: "sms-outbound" },
      limit: 10,
    });
    const [request] = on.sandbox.requests.filter((one) => one.path.includes("/Usage/"));
    expect(request.path).toBe(`/2010-04-01/Accounts/${ACCOUNT_SID}/Usage/Records/Today.json`);
    expect(request.query.get("Category")).toBe("sms-outbound");
    expect(usageRecords).toEqual([
      expect.objectContaining({ category: "sms-outbound", count: 1, usage: 1, usageUnit: "segments", accountSid: ACCOUNT_SID }),
    ]);
    expect(typeof usageRecords[0].price).toBe("number");
    expect([hasMore, nextPageUri]).toEqual([false, null]);
  });

  it("passes dates of daily records, bounds the list and continues it from its next page", async () => {
    const first = await listUsageRecords(client(), {
      query: { period: "daily", category: "totalprice", startDate: "2026-11-16", endDate: "2026-11-20" },
      limit: 3,
    });
    const request = on.sandbox.requests.find((one) => one.path.endsWith("/Daily.json"));
    expect([request?.query.get("StartDate"), request?.query.get("EndDate")]).toEqual(["2026-11-16", "2026-11-20"]);
    expect(first.usageRecords.map((record) => record.startDate)).toEqual(["2026-11-16", "2026-11-17", "2026-11-18"]);
    expect(first.hasMore).toBe(true);
    const rest = await listUsageRecords(client(), { query: { period: "today" }, limit: 3, continueFrom: first.nextPageUri ?? "" });
    expect(rest.usageRecords.map((record) => record.startDate)).toEqual(["2026-11-19", "2026-11-20"]);
    expect(rest.hasMore).toBe(false);
  });

  it("refuses a Continue From of another account's usage", async () => {
    const other = `/2010-04-01/Accounts/AC${"f".repeat(32)}/Usage/Records/Daily.json?Page=1`;
    const error = await failureOf(listUsageRecords(client(), { query: { period: "daily" }, limit: 10, continueFrom: other }));
    expect(error.message).toContain('Input "next_page_uri"');
    expect(on.sandbox.requests).toEqual([]);
  });

  it("reads the balance as a number, with its currency", async () => {
    expect(await getAccountBalance(client())).toEqual({ accountSid: ACCOUNT_SID, balance: STARTING_BALANCE, currency: "USD" });
  });
});
