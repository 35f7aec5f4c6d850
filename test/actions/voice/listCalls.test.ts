import { ACCOUNT_SID } from "../../support/harness";
import { callSid } from "../../support/voiceReplies";
import { actionsPerCase, expectRefusedBeforeAnyRequest } from "../support";

describe("listCalls over several pages", () => {
  const on = actionsPerCase();
  const { run } = on;
  const start = Date.UTC(2026, 10, 20, 16, 0, 0);
  const sidsOf = (data: Record<string, unknown>) => (data.calls as { sid: string }[]).map((call) => call.sid);

  /** Seven ended calls a minute apart, two a page whatever PageSize asks for. */
  beforeEach(async () => {
    on.sandbox.maxPageSize = 2;
    for (let i = 0; i < 7; i += 1)
      await on.sandbox.control("POST", "calls/seed", { AccountSid: ACCOUNT_SID, Sid: callSid(i + 1), StartTime: start + i * 60_000 });
  });

  it("stops at the limit and continues from where it stopped, with bounded page sizes", async () => {
    const first = await run("listCalls", { limit: "5" });
    expect(sidsOf(first)).toEqual([7, 6, 5, 4, 3].map(callSid));
    expect(first.hasMore).toBe(true);
    expect(on.sandbox.requests.map((request) => request.query.get("PageSize"))).toEqual(["5", "3", "1"]);
    const rest = await run("listCalls", { limit: "10", continueFrom: first.nextPageUri });
    expect(sidsOf(rest)).toEqual([2, 1].map(callSid));
    expect(rest).toMatchObject({ nextPageUri: null, hasMore: false });
  });

  it("trims Twilio's whole-day StartTime filters to the instants asked for", async () => {
    const data = await run("listCalls", {
      startedAfter: new Date(start + 2 * 60_000).toISOString(),
      startedBefore: new Date(start + 5 * 60_000).toISOString(),
    });
    expect(sidsOf(data)).toEqual([5, 4, 3].map(callSid));
    expect(on.sandbox.requests[0].query.get("StartTime>")).toBe("2026-11-20T16:02:00Z");
  });

  it.each([
    `/2010-04-01/Accounts/${ACCOUNT_SID}/Messages.json?PageToken=x`,
    `/2010-04-01/Accounts/AC${"f".repeat(32)}/Calls.json?PageToken=x`,
    "https://evil.example.com/2010-04-01/Calls.json",
  ])("refuses to continue from %s, naming the input", async (continueFrom) => {
    await expectRefusedBeforeAnyRequest(on, [["listCalls", { continueFrom }, "Continue From"]]);
  });
});
