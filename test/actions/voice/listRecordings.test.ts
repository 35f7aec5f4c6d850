import { ACCOUNT_SID } from "../../support/harness";
import { actionsPerCase, expectRefusedBeforeAnyRequest, recordedCall } from "../support";

type Listed = { recordings: { sid: string; callSid: string }[]; hasMore: boolean; nextPageUri: string | null };

describe("List Recordings on the sandbox", () => {
  const on = actionsPerCase();
  const { run } = on;
  const list = async (inputs: Record<string, unknown>) => (await run("listRecordings", inputs)) as unknown as Listed;

  it("lists one call's recordings, or all newest first in bounded pages that Continue From resumes", async () => {
    const sids = [await recordedCall(on), await recordedCall(on), await recordedCall(on)];
    const kept = on.sandbox.inspect<{ recordings: { sid: string; call_sid: string }[] }>("calls", ACCOUNT_SID)?.recordings ?? [];
    expect(kept.map((one) => one.sid)).toEqual(sids);

    expect((await list({ callSid: kept[1].call_sid })).recordings.map((one) => one.sid)).toEqual([sids[1]]);
    const first = await list({ limit: "2" });
    expect(first.recordings.map((one) => one.sid)).toEqual([sids[2], sids[1]]);
    expect(first.hasMore).toBe(true);
    const rest = await list({ limit: "2", continueFrom: first.nextPageUri });
    expect(rest.recordings.map((one) => one.sid)).toEqual([sids[0]]);
    expect(rest.hasMore).toBe(false);
  });

  it("refuses a call SID that is none and a continuation of another list before any request", async () => {
    await expectRefusedBeforeAnyRequest(on, [
      ["listRecordings", { callSid: "CA1" }, "Call SID"],
      ["listRecordings", { continueFrom: `/2010-04-01/Accounts/${ACCOUNT_SID}/Messages.json?PageToken=x` }, "Continue From"],
    ]);
  });
});
