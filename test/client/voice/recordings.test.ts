import { InputError } from "../../../src/client/transport/errors";
import { authTokenConnection, failureOf, harness } from "../../support/harness";
import { type LoopbackServer, rfc2822, startLoopbackServer, twilioErrorBody } from "../../support/loopback";
import { startTestSandbox, type TestSandbox } from "../../support/sandbox";
import { callSid, RECORDINGS_PATH, recordingBody, recordingSid } from "../../support/voiceReplies";

const RECORDING_SID = `RE${"0123456789abcdef".repeat(2)}`;
const CALL_SID = `CA${"0123456789abcdef".repeat(2)}`;
type Data = { data: Record<string, unknown> };
const run = (key: string, baseUrl: string, params: Record<string, unknown>) =>
  harness.action(key, { twilioConnection: authTokenConnection(baseUrl), ...params }) as Promise<Data>;

describe("recordings on the sandbox, held to Twilio's official spec", () => {
  const OTHER_RECORDING_SID = `RE${"fedcba9876543210".repeat(2)}`;
  let twilio: TestSandbox;
  beforeEach(async () => {
    twilio = await startTestSandbox();
    await twilio.control("POST", "calls/seed", { Sid: CALL_SID, StartTime: Date.UTC(2026, 10, 20, 16) });
    await twilio.control("POST", "recordings/seed", { Sid: RECORDING_SID, CallSid: CALL_SID, DateCreated: Date.UTC(2026, 10, 20, 16, 1) });
    await twilio.control("POST", "recordings/seed", { Sid: OTHER_RECORDING_SID, DateCreated: Date.UTC(2026, 10, 20, 17) });
  });
  afterEach(() => twilio.close());

  it("lists the account's recordings, and one call's, with date filters", async () => {
    const all = await run("listRecordings", twilio.url, { limit: "5" });
    expect((all.data.recordings as Array<{ sid: string }>).map((recording) => recording.sid)).toEqual([OTHER_RECORDING_SID, RECORDING_SID]);
    const filtered = await run("listRecordings", twilio.url, {
      callSid: CALL_SID,
      createdAfter: "2001-01-01T00:00:00Z",
      createdBefore: "2099-01-01T00:00:00Z",
      limit: "5",
    });
    expect((filtered.data.recordings as Array<{ sid: string }>).map((recording) => recording.sid)).toEqual([RECORDING_SID]);
  });

  it("fetches and deletes a recording", async () => {
    expect((await run("getRecording", twilio.url, { sid: RECORDING_SID })).data.sid).toBe(RECORDING_SID);
    expect((await run("deleteRecording", twilio.url, { sid: RECORDING_SID })).data).toEqual({ sid: RECORDING_SID, deleted: true });
  });
});

describe("listRecordings over several pages", () => {
  let server: LoopbackServer;
  afterEach(() => server?.close());
  const start = Date.UTC(2026, 10, 20, 16, 0, 0);

  beforeEach(async () => {
    const recordings = Array.from({ length: 5 }, (_, i) =>
      recordingBody({ sid: recordingSid(5 - i), call_sid: callSid(i % 2), date_created: rfc2822(start + (4 - i) * 60_000) }),
    );
    server = await startLoopbackServer((request) => {
      const callFilter = request.query.get("CallSid");
      const listed = recordings.filter((recording) => !callFilter || recording.call_sid === callFilter);
      const after = request.query.get("PageToken");
      const from = after ? listed.findIndex((recording) => recording.sid === after) + 1 : 0;
      const size = Math.min(Number(request.query.get("PageSize")), 2);
      const page = listed.slice(from, from + size);
      const next = new URLSearchParams(request.query);
      next.set("PageToken", page.at(-1)?.sid ?? "");
      return {
        status: 200,
        json: { recordings: page, next_page_uri: from + size < listed.length ? `${RECORDINGS_PATH}.json?${next}` : null },
      };
    });
  });

  it("stops at the limit and continues from where it stopped", async () => {
    const first = await run("listRecordings", server.url, { limit: "3" });
    expect((first.data.recordings as { sid: string }[]).map((recording) => recording.sid)).toEqual([5, 4, 3].map(recordingSid));
    const rest = await run("listRecordings", server.url, { continueFrom: first.data.nextPageUri });
    expect((rest.data.recordings as { sid: string }[]).map((recording) => recording.sid)).toEqual([2, 1].map(recordingSid));
    expect(rest.data.hasMore).toBe(false);
  });

  it("asks for one call's recordings and trims the dates to the instants", async () => {
    const { data } = await run("listRecordings", server.url, {
      callSid: callSid(0),
      createdAfter: new Date(start + 60_000).toISOString(),
    });
    expect((data.recordings as { sid: string }[]).map((recording) => recording.sid)).toEqual([5, 3].map(recordingSid));
    expect(server.requests[0].query.get("CallSid")).toBe(callSid(0));
    expect(server.requests[0].query.get("DateCreated>")).toBe("2026-11-20T16:01:00Z");
  });

  it("refuses a continuation of another list, naming the input", async () => {
    const error = await failureOf(run("listRecordings", server.url, { continueFrom: `${RECORDINGS_PATH}/${RECORDING_SID}.json` }));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toContain('Input "Continue From"');
    expect(server.requests).toHaveLength(0);
  });

  it.each([
    ["getRecording", { sid: "RE../../Calls" }, "Recording SID"],
    ["deleteRecording", { sid: CALL_SID }, "Recording SID"],
    ["listRecordings", { callSid: RECORDING_SID }, "Call SID"],
  ])("%s refuses a wrong SID before any request", async (key, params, input) => {
    const error = await failureOf(run(key, server.url, params));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toContain(`Input "${input}"`);
    expect(server.requests).toHaveLength(0);
  });

  it("says what to check when the recording does not exist", async () => {
    await server.close();
    server = await startLoopbackServer(() => ({ status: 404, json: twilioErrorBody(20404, "The requested resource was not found", 404) }));
    const error = await failureOf(run("getRecording", server.url, { sid: RECORDING_SID }));
    expect(error.message).toContain("Twilio error 20404 (HTTP 404)");
    expect(error.message).toContain("Check the SID");
  });
});
