import { ACCOUNT_SID } from "../../support/harness";
import { createIntelligenceService, subaccountAuthToken } from "../../support/sandboxAccounts";
import { actionsPerCase, expectRefusedBeforeAnyRequest, recordedCall } from "../support";

type Data = Record<string, unknown>;

describe("Create Transcript on the sandbox", () => {
  const on = actionsPerCase();
  const { run } = on;

  it("transcribes a recording: queued at first, then completed with its sentences and text", async () => {
    const { sandbox } = on;
    const serviceSid = await createIntelligenceService(sandbox, "support-calls");
    const recordingSid = await recordedCall(on);
    const created = await run("createTranscript", { serviceSid, recordingSid, customerKey: "crm-call-1234" });
    expect(created).toMatchObject({ serviceSid, status: "queued", customerKey: "crm-call-1234" });
    expect(await run("getTranscript", { sid: created.sid })).toMatchObject({ status: "queued", sentences: [], text: "" });

    await sandbox.clock.advance(3_000);
    const done = await run("getTranscript", { sid: created.sid });
    expect(done).toMatchObject({ status: "completed", duration: 10, hasMoreSentences: false });
    expect(done.sentences).toEqual([expect.objectContaining({ speaker: 1, startTime: 0, text: "Thanks for calling, how can I help?" })]);
    expect(done.text).toBe("[00:00] Speaker 1: Thanks for calling, how can I help?");

    const listed = (await run("listTranscripts", { serviceSid, status: "completed" })) as { transcripts?: Data[] };
    expect(listed.transcripts?.map((transcript) => transcript.sid)).toEqual([created.sid]);
    expect(((await run("listTranscripts", { status: "queued" })) as { transcripts?: Data[] }).transcripts).toEqual([]);
  });

  it("refuses malformed SIDs before sending anything", async () => {
    await expectRefusedBeforeAnyRequest(on, [
      ["createTranscript", { serviceSid: "support-calls", recordingSid: `RE${"0".repeat(32)}` }, "Intelligence Service"],
      ["createTranscript", { serviceSid: `GA${"0".repeat(32)}`, recordingSid: "../Calls" }, "Recording SID"],
    ]);
  });

  it("with a Subaccount SID, transcribes the subaccount's recording as the subaccount, its Auth Token never in the output", async () => {
    const { sandbox } = on;
    const tenant = (await run("createSubaccount", { friendlyName: "Tenant" })).sid as string;
    const token = await subaccountAuthToken(sandbox, tenant);
    const serviceSid = await createIntelligenceService(sandbox, "tenant-calls", { sid: tenant, authToken: token });
    const recordingSid = await recordedCall(on, { subaccountSid: tenant });
    const created = await run("createTranscript", { serviceSid, recordingSid }, { subaccountSid: tenant });
    expect(created).toMatchObject({ accountSid: tenant, serviceSid });
    expect(JSON.stringify(created)).not.toContain(token);
    expect(sandbox.inspect<{ transcripts: unknown[] }>("intelligence", ACCOUNT_SID)?.transcripts ?? []).toHaveLength(0);
  });
});
