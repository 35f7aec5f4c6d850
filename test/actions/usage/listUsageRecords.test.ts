import { STARTING_BALANCE } from "../../../sandbox/products/usage";
import { InputError } from "../../../src/client/transport/errors";
import { authTokenConnection, failureOf, harness } from "../../support/harness";
import { sandboxPerCase } from "../../support/sandbox";

type Data = Record<string, unknown>;
type Usage = { usageRecords: Data[]; nextPageUri: string | null; hasMore: boolean };

describe("List Usage Records on the sandbox", () => {
  const now = Date.UTC(2026, 10, 20, 16, 0, 0);
  const on = sandboxPerCase({ clock: { running: false, startAt: now }, tickMs: 0 });
  const run = async (key: string, inputs: Data, fields: Data = {}) =>
    ((await harness.action(key, { twilioConnection: authTokenConnection(on.sandbox.url, fields), ...inputs })) as { data: Data }).data;
  const send = (fields: Data = {}) =>
    run("sendSMS", { to: "+15558675310", from: "+15017122661", message: "Your order has shipped." }, fields);

  it("counts today's messages with their segments and price, and takes them off the balance", async () => {
    await send();
    await send();
    const { usageRecords } = (await run("listUsageRecords", { period: "today", category: "sms-outbound" })) as unknown as Usage;
    expect(usageRecords).toEqual([
      expect.objectContaining({
        category: "sms-outbound",
        count: 2,
        countUnit: "messages",
        usage: 2,
        usageUnit: "segments",
        startDate: "2026-11-20",
      }),
    ]);
    const price = usageRecords[0].price as number;
    expect(price).toBeGreaterThan(0);
    expect(await run("getAccountBalance", {})).toMatchObject({ balance: Number((STARTING_BALANCE - price).toFixed(2)), currency: "USD" });
  });

  it("lists daily records between two dates, bounded, and continues from where it stopped", async () => {
    const first = (await run("listUsageRecords", {
      period: "daily",
      category: "totalprice",
      startDate: "2026-11-14",
      endDate: "2026-11-20",
      limit: "4",
    })) as unknown as Usage;
    expect(first.usageRecords.map((record) => record.startDate)).toEqual(["2026-11-14", "2026-11-15", "2026-11-16", "2026-11-17"]);
    expect(first.hasMore).toBe(true);
    const rest = (await run("listUsageRecords", { continueFrom: first.nextPageUri, limit: "4" })) as unknown as Usage;
    expect(rest.usageRecords.map((record) => record.startDate)).toEqual(["2026-11-18", "2026-11-19", "2026-11-20"]);
    expect(rest.hasMore).toBe(false);
  });

  it("refuses dates for a period that has none, dates in the wrong order, and a continuation of another list", async () => {
    const checks: [Data, string][] = [
      [{ period: "today", startDate: "2026-11-01" }, 'Input "Start Date"'],
      [{ period: "daily", startDate: "2026-11-20", endDate: "2026-11-01" }, 'Input "End Date"'],
      [{ period: "daily", startDate: "20 Nov" }, 'Input "Start Date"'],
      [{ period: "fortnight" }, 'Input "Period"'],
      [
        { continueFrom: "/2010-04-01/Accounts/ACffffffffffffffffffffffffffffffff/Usage/Records/Daily.json?Page=1" },
        'Input "Continue From"',
      ],
    ];
    for (const [inputs, named] of checks) {
      const error = await failureOf(run("listUsageRecords", inputs));
      expect(error).toBeInstanceOf(InputError);
      expect(error.message).toContain(named);
    }
    expect(on.sandbox.requests).toHaveLength(0);
  });

  it("with a Subaccount SID, counts the subaccount's usage only", async () => {
    const tenant = (await run("createSubaccount", { friendlyName: "Tenant" })).sid as string;
    await send();
    await send({ subaccountSid: tenant });
    const { usageRecords } = (await run(
      "listUsageRecords",
      { period: "thisMonth", category: "sms-outbound" },
      { subaccountSid: tenant },
    )) as unknown as Usage;
    expect(usageRecords).toEqual([expect.objectContaining({ accountSid: tenant, count: 1 })]);
  });
});
