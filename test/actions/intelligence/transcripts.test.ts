import { InputError } from "../../../src/client/transport/errors";
import { ACCOUNT_SID, authTokenConnection, failureOf, harness } from "../../support/harness";
import { startTestSandbox, type TestSandbox } from "../../support/sandbox";
import { createIntelligenceService, subaccountAuthToken } from "../../support/sandboxAccounts";

type Data = Record<string, unknown>;

describe("Voice Intelligence transcripts on the sandbox", () => {
  let sandbox: TestSandbox;
  beforeEach(async () => {
    sandbox = await startTestSandbox({ clock: { running: false }, tickMs: 0 });
  });
  afterEach(() => sandbox.close());
  const run = async (key: string, inputs: Data, fields: Data = {}) =>
    ((await harness.action(key, { twilioConnection: authTokenConnection(sandbox.url, fields), ...inputs })) as { data: Data }).data;

  async function recordedCall(fields: Data = {}): Promise<string> {
    const call = await run("makeCall", { to: "+15558675310", from: "+15017122661", sayText: "Hello", record: true }, fields);
    await sandbox.clock.advance(15_000);
    const { recordings } = (await run("listRecordings", { callSid: call.sid }, fields)) as unknown as { recordings: { sid: string }[] };
    return recordings[0].sid;
  }

  it("transcribes a recording: queued at first, then completed with its sentences and text", async () => {
    const serviceSid = await createIntelligenceService(sandbox, "support-calls");
    const recordingSid = await recordedCall();
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

  it("offers the account's services in the picker", async () => {
    const serviceSid = await createIntelligenceService(sandbox, "support-calls");
    const { result } = (await harness.dataSource("selectIntelligenceService", { connection: authTokenConnection(sandbox.url) })) as {
      result: { key: string; label: string }[];
    };
    expect(result).toEqual([{ key: serviceSid, label: "Support calls (support-calls) · en-US" }]);
  });

  it("refuses malformed SIDs before sending anything", async () => {
    const checks: [string, Data, string][] = [
      ["createTranscript", { serviceSid: "support-calls", recordingSid: `RE${"0".repeat(32)}` }, "Intelligence Service"],
      ["createTranscript", { serviceSid: `GA${"0".repeat(32)}`, recordingSid: "../Calls" }, "Recording SID"],
      ["getTranscript", { sid: "GT123" }, "Transcript SID"],
      ["listTranscripts", { continueFrom: "https://intelligence.twilio.com/v2/Services?Page=1" }, "Continue From"],
    ];
    for (const [key, inputs, input] of checks) {
      const error = await failureOf(run(key, inputs));
      expect(error).toBeInstanceOf(InputError);
      expect(error.message).toContain(`Input "${input}"`);
    }
    expect(sandbox.requests).toHaveLength(0);
  });

  it("with a Subaccount SID, transcribes the subaccount's recording as the subaccount, its Auth Token never in the output", async () => {
    const tenant = (await run("createSubaccount", { friendlyName: "Tenant" })).sid as string;
    const token = await subaccountAuthToken(sandbox, tenant);
    const serviceSid = await createIntelligenceService(sandbox, "tenant-calls", { sid: tenant, authToken: token });
    const recordingSid = await recordedCall({ subaccountSid: tenant });
    const created = await run("createTranscript", { serviceSid, recordingSid }, { subaccountSid: tenant });
    expect(created).toMatchObject({ accountSid: tenant, serviceSid });
    expect(JSON.stringify(created)).not.toContain(token);
    expect(sandbox.inspect<{ transcripts: unknown[] }>("intelligence", ACCOUNT_SID)?.transcripts ?? []).toHaveLength(0);
  });
});
