import {
  createTranscript,
  getTranscript,
  intelligenceServiceChoices,
  listTranscripts,
  pollNewTranscripts,
} from "../../../src/client/intelligence/transcripts";
import { initialPollState, type PollState } from "../../../src/client/polling/newItems";
import { InputError } from "../../../src/client/transport/errors";
import { getTwilioClient } from "../../../src/client/twilioClient";
import { ACCOUNT_SID, authTokenConnection, failureOf } from "../../support/harness";
import { sandboxPerCase } from "../../support/sandbox";
import { createIntelligenceService } from "../../support/sandboxAccounts";

/** The Voice Intelligence client against the sandbox's intelligence v2 (spec-checked), with the sandbox's clock stopped. */
describe("Voice Intelligence transcripts", () => {
  let serviceSid: string;
  const on = sandboxPerCase();
  beforeEach(async () => {
    serviceSid = await createIntelligenceService(on.sandbox, "support-calls");
  });

  const client = () => getTwilioClient(authTokenConnection(on.sandbox.url));
  const recording = async (seconds: number) =>
    ((await on.sandbox.control("POST", "recordings/seed", { AccountSid: ACCOUNT_SID, Duration: seconds })) as { sid: string }).sid;

  it("creates a transcript of a recording with its channel as JSON and the customer key", async () => {
    const recordingSid = await recording(30);
    const created = await createTranscript(client(), { serviceSid, recordingSid, customerKey: "crm-42" });
    expect(created).toMatchObject({ serviceSid, accountSid: ACCOUNT_SID, status: "queued", customerKey: "crm-42" });
    expect(created.sid).toMatch(/^GT[0-9a-f]{32}$/);
    expect(created.dateCreated).toMatch(/^\d{4}-\d\d-\d\dT/);
    const form = on.sandbox.requests.find((request) => request.method === "POST" && request.path.endsWith("/Transcripts"))?.form;
    expect(form?.get("ServiceSid")).toBe(serviceSid);
    expect(JSON.parse(form?.get("Channel") ?? "")).toEqual({ media_properties: { source_sid: recordingSid } });
  });

  it("reads no sentences before the transcript is completed, then all of them, page by page, as lines with minutes", async () => {
    on.sandbox.maxPageSize = 5;
    const { sid } = await createTranscript(client(), { serviceSid, recordingSid: await recording(125) });
    expect(await getTranscript(client(), sid)).toMatchObject({ status: "queued", sentences: [], text: "", hasMoreSentences: false });
    expect(on.sandbox.requests.filter((request) => request.path.endsWith("/Sentences"))).toEqual([]);

    await on.sandbox.clock.advance(3_000);
    const done = await getTranscript(client(), sid);
    expect(done).toMatchObject({ status: "completed", duration: 125, hasMoreSentences: false });
    expect(done.sentences).toHaveLength(13);
    expect(done.sentences[6]).toEqual({ speaker: 1, startTime: 60, endTime: 63.5, text: expect.any(String), confidence: 0.95 });
    const lines = done.text.split("\n");
    expect(lines).toHaveLength(13);
    expect(lines[0]).toMatch(/^\[00:00\] Speaker 1: /);
    expect(lines[1]).toMatch(/^\[00:10\] Speaker 2: /);
    expect(lines[12]).toMatch(/^\[02:00\] Speaker 1: /);
    expect(on.sandbox.requests.filter((request) => request.path.endsWith("/Sentences")).length).toBe(3);
  });

  it("lists transcripts by service, status and recording, and continues from where a page stopped", async () => {
    const first = await recording(10);
    const created = [];
    for (const recordingSid of [first, await recording(10), await recording(10)])
      created.push(await createTranscript(client(), { serviceSid, recordingSid }));

    const page = await listTranscripts(client(), { query: { serviceSid }, limit: 2 });
    expect(page.transcripts).toHaveLength(2);
    expect(page.hasMore).toBe(true);
    const rest = await listTranscripts(client(), { query: {}, limit: 2, continueFrom: page.nextPageUri ?? undefined });
    expect([...page.transcripts, ...rest.transcripts].map((transcript) => transcript.sid).sort()).toEqual(
      created.map((transcript) => transcript.sid).sort(),
    );
    expect(rest.hasMore).toBe(false);

    const ofRecording = await listTranscripts(client(), { query: { recordingSid: first }, limit: 10 });
    expect(ofRecording.transcripts.map((transcript) => transcript.sid)).toEqual([created[0].sid]);
    expect((await listTranscripts(client(), { query: { status: "completed" }, limit: 10 })).transcripts).toEqual([]);
  });

  it("refuses malformed SIDs naming the input, before any request", async () => {
    const recordingSid = `RE${"0".repeat(32)}`;
    const failures = [
      await failureOf(createTranscript(client(), { serviceSid: "support-calls", recordingSid })),
      await failureOf(createTranscript(client(), { serviceSid, recordingSid: "../Calls" })),
      await failureOf(getTranscript(client(), "GT123/../../Services")),
      await failureOf(listTranscripts(client(), { query: { recordingSid: "RE1" }, limit: 1 })),
    ];
    expect(failures.every((error) => error instanceof InputError)).toBe(true);
    expect(failures.map((error) => error.message.match(/Input "([^"]+)"/)?.[1])).toEqual([
      "ServiceSid",
      "SourceSid",
      "TranscriptSid",
      "SourceSid",
    ]);
    expect(on.sandbox.requests.filter((request) => request.path.includes("Transcripts"))).toEqual([]);
  });

  it("polls each transcript once, when it is completed, with its text", async () => {
    let state: PollState = initialPollState(new Date(Date.now() - 60_000));
    const poll = async () => {
      const result = await pollNewTranscripts(client(), state, { serviceSid });
      state = result.state;
      return result.transcripts;
    };
    expect(await poll()).toEqual([]);
    const { sid } = await createTranscript(client(), { serviceSid, recordingSid: await recording(20) });
    expect(await poll()).toEqual([]);
    await on.sandbox.clock.advance(3_000);
    const delivered = await poll();
    expect(delivered.map((transcript) => [transcript.sid, transcript.status, transcript.sentences.length])).toEqual([
      [sid, "completed", 2],
    ]);
    expect(delivered[0].text).toMatch(/^\[00:00\] Speaker 1: .+\n\[00:10\] Speaker 2: /);
    expect(await poll()).toEqual([]);
  });

  it("labels the services of the picker with their names and language", async () => {
    expect(await intelligenceServiceChoices(client())).toEqual([{ key: serviceSid, label: "Support calls (support-calls) · en-US" }]);
  });
});
