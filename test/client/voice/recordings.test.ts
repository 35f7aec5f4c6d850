import { InputError } from "../../../src/client/transport/errors";
import { authTokenConnection, failureOf, harness } from "../../support/harness";
import { sandboxPerCase } from "../../support/sandbox";
import { callSid, RECORDINGS_PATH, recordingSid } from "../../support/voiceReplies";

const RECORDING_SID = `RE${"0123456789abcdef".repeat(2)}`;
const CALL_SID = `CA${"0123456789abcdef".repeat(2)}`;
type Data = { data: Record<string, unknown> };
const run = (key: string, baseUrl: string, params: Record<string, unknown>) =>
  harness.action(key, { twilioConnection: authTokenConnection(baseUrl), ...params }) as Promise<Data>;

describe("recordings on the sandbox, held to Twilio's official spec", () => {
  const OTHER_RECORDING_SID = `RE${"fedcba9876543210".repeat(2)}`;
  const on = sandboxPerCase({ clock: { running: true } });
  beforeEach(async () => {
    await on.sandbox.control("POST", "calls/seed", { Sid: CALL_SID, StartTime: Date.UTC(2026, 10, 20, 16) });
    await on.sandbox.control("POST", "recordings/seed", {
      Sid: RECORDING_SID,
      CallSid: CALL_SID,
      DateCreated: Date.UTC(2026, 10, 20, 16, 1),
    });
    await on.sandbox.control("POST", "recordings/seed", { Sid: OTHER_RECORDING_SID, DateCreated: Date.UTC(2026, 10, 20, 17) });
  });

  it("lists the account's recordings, and one call's, with date filters", async () => {
    const all = await run("listRecordings", on.sandbox.url, { limit: "5" });
    expect((all.data.recordings as Array<{ sid: string }>).map((recording) => recording.sid)).toEqual([OTHER_RECORDING_SID, RECORDING_SID]);
    const filtered = await run("listRecordings", on.sandbox.url, {
      callSid: CALL_SID,
      createdAfter: "2001-01-01T00:00:00Z",
      createdBefore: "2099-01-01T00:00:00Z",
      limit: "5",
    });
    expect((filtered.data.recordings as Array<{ sid: string }>).map((recording) => recording.sid)).toEqual([RECORDING_SID]);
  });

  it("fetches and deletes a recording", async () => {
    expect((await run("getRecording", on.sandbox.url, { sid: RECORDING_SID })).data.sid).toBe(RECORDING_SID);
    expect((await run("deleteRecording", on.sandbox.url, { sid: RECORDING_SID })).data).toEqual({ sid: RECORDING_SID, deleted: true });
  });
});

describe("listRecordings over several pages", () => {
  const start = Date.UTC(2026, 10, 20, 16, 0, 0);

  const on = sandboxPerCase();
  beforeEach(async () => {
    // Pages of at most two, as a small PageSize cap shows paging with few recordings.
    on.sandbox.maxPageSize = 2;
    for (let i = 4; i >= 0; i--) {
      await on.sandbox.control("POST", "recordings/seed", {
        Sid: recordingSid(5 - i),
        CallSid: callSid(i % 2),
        DateCreated: start + (4 - i) * 60_000,
      });
    }
    on.sandbox.requests.length = 0;
  });

  it("stops at the limit and continues from where it stopped", async () => {
    const first = await run("listRecordings", on.sandbox.url, { limit: "3" });
    expect((first.data.recordings as { sid: string }[]).map((recording) => recording.sid)).toEqual([5, 4, 3].map(recordingSid));
    const rest = await run("listRecordings", on.sandbox.url, { continueFrom: first.data.nextPageUri });
    expect((rest.data.recordings as { sid: string }[]).map((recording) => recording.sid)).toEqual([2, 1].map(recordingSid));
    expect(rest.data.hasMore).toBe(false);
  });

  it("asks for one call's recordings and trims the dates to the instants", async () => {
    const { data } = await run("listRecordings", on.sandbox.url, {
      callSid: callSid(0),
      createdAfter: new Date(start + 60_000).toISOString(),
    });
    expect((data.recordings as { sid: string }[]).map((recording) => recording.sid)).toEqual([5, 3].map(recordingSid));
    expect(on.sandbox.requests[0].query.get("CallSid")).toBe(callSid(0));
    expect(on.sandbox.requests[0].query.get("DateCreated>")).toBe("2026-11-20T16:01:00Z");
  });

  it("refuses a continuation of another list, naming the input", async () => {
    const error = await failureOf(run("listRecordings", on.sandbox.url, { continueFrom: `${RECORDINGS_PATH}/${RECORDING_SID}.json` }));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toContain('Input "Continue From"');
    expect(on.sandbox.requests).toHaveLength(0);
  });

  it.each([
    ["getRecording", { sid: "RE../../Calls" }, "Recording SID"],
    ["deleteRecording", { sid: CALL_SID }, "Recording SID"],
    ["listRecordings", { callSid: RECORDING_SID }, "Call SID"],
  ])("%s refuses a wrong SID before any request", async (key, params, input) => {
    const error = await failureOf(run(key, on.sandbox.url, params));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toContain(`Input "${input}"`);
    expect(on.sandbox.requests).toHaveLength(0);
  });

  it("says what to check when the recording does not exist", async () => {
    const error = await failureOf(run("getRecording", on.sandbox.url, { sid: RECORDING_SID }));
    expect(error.message).toContain("Twilio error 20404 (HTTP 404)");
    expect(error.message).toContain("Check the SID");
  });
});
