import type { StoredCall } from "../../../sandbox/products/callLog";
import { initialPollState, LOOK_BACK_MS, type PollState } from "../../../src/client/polling/newItems";
import { getTwilioClient } from "../../../src/client/twilioClient";
import { pollNewCalls, pollNewRecordings } from "../../../src/client/voice/polling";
import { ACCOUNT_SID, authTokenConnection } from "../../support/harness";
import { sharedSandbox } from "../../support/sandbox";
import { callSid, recordingSid } from "../../support/voiceReplies";

/**
 * The sandbox Twilio this file runs on, forgetting everything before each test; its pages hold 2
 * items unless a test says otherwise, so a few items reach several pages.
 */
const on = sharedSandbox();
beforeEach(() => {
  on.sandbox.reset();
  on.sandbox.maxPageSize = 2;
});
const client = () => getTwilioClient(authTokenConnection(on.sandbox.url));

describe("pollNewCalls", () => {
  /** An incoming call that started at `at`, or is still queued (null). */
  const addAt = async (at: number | null, n: number) => {
    await on.sandbox.control("POST", "calls/seed", {
      AccountSid: ACCOUNT_SID,
      Sid: callSid(n),
      Direction: "inbound",
      StartTime: at ?? Date.UTC(2026, 10, 20, 16, 9, 2),
      Status: at === null ? "queued" : "in-progress",
    });
    return on.sandbox.inspect<{ calls: StoredCall[] }>("calls", ACCOUNT_SID)?.calls.at(-1) as StoredCall;
  };
  const answer = (call: StoredCall, at: number) => {
    call.started = at;
    call.status = "in-progress";
  };
  const poll = (state: PollState, maxItems?: number) => pollNewCalls(client(), state, { inboundOnly: false, maxItems });

  it("splits a same-second burst across polls with a per-poll cap, without loss or repeat, oldest first", async () => {
    const second = Date.UTC(2026, 10, 20, 16, 9, 2);
    let state = initialPollState(new Date(second - 1000));
    await addAt(second - 1000, 1);
    for (let n = 2; n <= 6; n++) await addAt(second, n);
    await addAt(second + 1000, 7);
    const batches: string[][] = [];
    for (let i = 0; i < 5; i++) {
      const result = await poll(state, 2);
      batches.push(result.calls.map((call) => String(call.sid)));
      state = result.state;
    }
    expect(batches.flat()).toEqual([1, 2, 3, 4, 5, 6, 7].map(callSid));
    expect(batches[4]).toEqual([]);
  });

  it("delivers a queued call once it has started, and a late one within the look-back window", async () => {
    const start = Date.UTC(2026, 10, 20, 16, 9, 2);
    const queued = await addAt(null, 1);
    await addAt(start + 200_000, 2);
    const first = await poll(initialPollState(new Date(start)));
    expect(first.calls.map((call) => call.sid)).toEqual([callSid(2)]);
    answer(queued, start + 201_000);
    await addAt(start + 200_000 - LOOK_BACK_MS / 2, 3);
    await addAt(start + 200_000 - LOOK_BACK_MS - 10_000, 4);
    const second = await poll(first.state);
    expect(second.calls.map((call) => call.sid)).toEqual([callSid(3), callSid(1)]);
    expect((await poll(second.state)).calls).toEqual([]);
  });

  it("works through a backlog with a bounded number of requests per poll, exactly once and oldest first", async () => {
    on.sandbox.maxPageSize = 10;
    const start = Date.UTC(2026, 10, 20, 16, 9, 2);
    for (let n = 1; n <= 200; n++) await addAt(start + n * 1000, n);
    let state = initialPollState(new Date(start));
    const delivered: string[] = [];
    const requestsPerPoll: number[] = [];
    for (let polls = 0; polls < 60 && !(delivered.length === 200 && state.checkpoints.length === 0); polls++) {
      const before = on.sandbox.requests.length;
      const result = await pollNewCalls(client(), state, { inboundOnly: false, maxItems: 25, maxPages: 5, pageSize: 10 });
      requestsPerPoll.push(on.sandbox.requests.length - before);
      delivered.push(...result.calls.map((call) => String(call.sid)));
      state = result.state;
    }
    expect(delivered).toEqual(Array.from({ length: 200 }, (_, i) => callSid(i + 1)));
    expect(Math.max(...requestsPerPoll)).toBeLessThanOrEqual(5);
  });

  it("asks Twilio's official spec-shaped list for a later page with the position it gave", async () => {
    const result = await pollNewCalls(
      client(),
      {
        ...initialPollState(new Date(Date.UTC(2026, 10, 20))),
        checkpoints: [{ pageToken: "PACA00000000000000000000000000000001", page: 3 }],
      },
      { inboundOnly: true, to: "+15017122661", from: "+15558675310" },
    );
    expect(result.state.checkpoints).toEqual([]);
  });
});

describe("pollNewRecordings", () => {
  const addAt = (at: number, n: number) =>
    on.sandbox.control("POST", "recordings/seed", { AccountSid: ACCOUNT_SID, Sid: recordingSid(n), CallSid: callSid(n), DateCreated: at });

  it("delivers each recording once, oldest first, across pages and polls", async () => {
    const start = Date.UTC(2026, 10, 20, 23, 59, 50);
    let state = initialPollState(new Date(start));
    await addAt(start - 5000, 1);
    for (let n = 2; n <= 5; n++) await addAt(start + n * 4000, n);
    const first = await pollNewRecordings(client(), state);
    expect(first.recordings.map((recording) => recording.sid)).toEqual([2, 3, 4, 5].map(recordingSid));
    expect(on.sandbox.requests[0].query.get("DateCreated>")).toBe("2026-11-20T00:00:00Z");
    state = first.state;
    await addAt(start + 30_000, 6);
    const second = await pollNewRecordings(client(), state);
    expect(second.recordings.map((recording) => recording.sid)).toEqual([recordingSid(6)]);
  });

  it("sends a list request Twilio's official spec accepts", async () => {
    const result = await pollNewRecordings(client(), initialPollState(new Date()));
    expect(result.state.checkpoints).toEqual([]);
  });
});
