import { ACCOUNT_SID } from "../../support/harness";
import { createIntelligenceService } from "../../support/sandboxAccounts";
import { actionsPerCase, expectRefusedBeforeAnyRequest, recordedCall } from "../support";

type Listed = { transcripts: { sid: string; serviceSid: string }[]; hasMore: boolean; nextPageUri: string | null };

describe("List Transcripts on the sandbox", () => {
  const on = actionsPerCase();
  const { run } = on;
  const list = async (inputs: Record<string, unknown>) => (await run("listTranscripts", inputs)) as unknown as Listed;

  it("lists by service and recording, in bounded pages that Continue From resumes", async () => {
    const support = await createIntelligenceService(on.sandbox, "support-calls");
    const sales = await createIntelligenceService(on.sandbox, "sales-calls");
    const sids: string[] = [];
    const recordings: string[] = [];
    for (const serviceSid of [support, support, sales]) {
      recordings.push(await recordedCall(on));
      sids.push((await run("createTranscript", { serviceSid, recordingSid: recordings.at(-1) })).sid as string);
    }
    expect(on.sandbox.inspect<{ transcripts: unknown[] }>("intelligence", ACCOUNT_SID)?.transcripts).toHaveLength(3);

    expect((await list({ serviceSid: sales })).transcripts.map((one) => one.sid)).toEqual([sids[2]]);
    expect((await list({ recordingSid: recordings[1] })).transcripts.map((one) => one.sid)).toEqual([sids[1]]);
    const first = await list({ serviceSid: support, limit: "1" });
    expect(first.transcripts).toHaveLength(1);
    expect(first.hasMore).toBe(true);
    const rest = await list({ serviceSid: support, limit: "1", continueFrom: first.nextPageUri });
    expect([first.transcripts[0].sid, rest.transcripts[0].sid].sort()).toEqual([sids[0], sids[1]].sort());
  });

  it("refuses malformed SIDs before sending anything", async () => {
    await expectRefusedBeforeAnyRequest(on, [
      ["listTranscripts", { continueFrom: "https://intelligence.twilio.com/v2/Services?Page=1" }, "Continue From"],
      ["listTranscripts", { status: "finished" }, "Status"],
    ]);
  });
});
