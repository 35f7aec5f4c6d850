import { authTokenConnection, harness } from "../support/harness";
import { sandboxPerCase } from "../support/sandbox";
import { createIntelligenceService } from "../support/sandboxAccounts";

type Transcript = Record<string, unknown> & { sid: string };

describe("pollNewTranscripts on the sandbox", () => {
  const on = sandboxPerCase({ clock: { running: true } });
  const connection = () => authTokenConnection(on.sandbox.url);
  const run = async (key: string, inputs: Record<string, unknown>) =>
    ((await harness.action(key, { twilioConnection: connection(), ...inputs })) as { data: Record<string, unknown> }).data;

  /** One poll as the platform runs it; the polling state lives on `instanceState`, as it does between runs. */
  async function poll(instanceState: Record<string, unknown>) {
    const result = (await harness.trigger("pollNewTranscripts", {}, { connection: connection() }, { instanceState })) as unknown as {
      payload: { body: { data: Transcript[] } };
    };
    return result.payload.body.data;
  }

  async function transcribeNewRecording(serviceSid: string): Promise<string> {
    const call = await run("makeCall", { to: "+15558675310", from: "+15017122661", sayText: "Hello", record: true });
    await on.sandbox.clock.advance(15_000);
    const { recordings } = (await run("listRecordings", { callSid: call.sid })) as unknown as { recordings: { sid: string }[] };
    return (await run("createTranscript", { serviceSid, recordingSid: recordings[0].sid })).sid as string;
  }

  it("hands each transcript on once, when completed, oldest first, with its text", async () => {
    const serviceSid = await createIntelligenceService(on.sandbox, "support-calls");
    const state = {};
    expect(await poll(state)).toEqual([]);

    const first = await transcribeNewRecording(serviceSid);
    expect(await poll(state)).toEqual([]);
    const second = await transcribeNewRecording(serviceSid);
    await on.sandbox.clock.advance(3_000);

    const delivered = await poll(state);
    expect(delivered.map((transcript) => transcript.sid)).toEqual([first, second]);
    expect(delivered[0]).toMatchObject({ status: "completed", text: "[00:00] Speaker 1: Thanks for calling, how can I help?" });
    expect(await poll(state)).toEqual([]);
    expect(on.sandbox.requests.filter((request) => request.path.endsWith("/Sentences"))).toHaveLength(2);
  });
});
