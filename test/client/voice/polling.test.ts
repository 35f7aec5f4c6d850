import { initialPollState, LOOK_BACK_MS, type PollState } from "../../../src/client/polling/newItems";
import { getTwilioClient } from "../../../src/client/twilioClient";
import { pollNewCalls, pollNewRecordings } from "../../../src/client/voice/polling";
import { ACCOUNT_SID, authTokenConnection } from "../../support/harness";
import { startTestSandbox, type TestSandbox } from "../../support/sandbox";
import { CALLS_PATH, callSid, RECORDINGS_PATH, recordingSid } from "../../support/voiceReplies";
import { startTimedListServer, type TimedListServer } from "../../triggers/support/timedListServer";

const CALLS = { path: `${CALLS_PATH}.json`, key: "calls", dayFilter: "StartTime>", timeField: "start_time" };
const RECORDINGS = { path: `${RECORDINGS_PATH}.json`, key: "recordings", dayFilter: "DateCreated>", timeField: "date_created" };

/** The sandbox Twilio this file's spec-checked cases run on: it keeps what they create. */
let twilio: TestSandbox;
beforeAll(async () => {
  twilio = await startTestSandbox();
});
afterAll(() => twilio.close());

describe("pollNewCalls", () => {
  let server: TimedListServer;
  beforeEach(async () => {
    server = await startTimedListServer(CALLS, 2);
  });
  afterEach(() => server.close());
  const addAt = (at: number | null, n: number) => {
    const item = {
      sid: callSid(n),
      at,
      fields: { account_sid: ACCOUNT_SID, direction: "inbound", status: at === null ? "queued" : "in-progress" },
    };
    server.items.push(item);
    return item;
  };
  const client = () => getTwilioClient(authTokenConnection(server.url));
  const poll = (state: PollState, maxItems?: number) => pollNewCalls(client(), state, { inboundOnly: false, maxItems });

  it("splits a same-second burst across polls with a per-poll cap, without loss or repeat, oldest first", async () => {
    const second = Date.UTC(2026, 10, 20, 16, 9, 2);
    let state = initialPollState(new Date(second - 1000));
    addAt(second - 1000, 1);
    for (let n = 2; n <= 6; n++) addAt(second, n);
    addAt(second + 1000, 7);
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
    const queued = addAt(null, 1);
    addAt(start + 200_000, 2);
    const first = await poll(initialPollState(new Date(start)));
    expect(first.calls.map((call) => call.sid)).toEqual([callSid(2)]);
    queued.at = start + 201_000;
    addAt(start + 200_000 - LOOK_BACK_MS / 2, 3);
    addAt(start + 200_000 - LOOK_BACK_MS - 10_000, 4);
    const second = await poll(first.state);
    expect(second.calls.map((call) => call.sid)).toEqual([callSid(3), callSid(1)]);
    expect((await poll(second.state)).calls).toEqual([]);
  });

  it("works through a backlog with a bounded number of requests per poll, exactly once and oldest first", async () => {
    server.pageSize = 10;
    const start = Date.UTC(2026, 10, 20, 16, 9, 2);
    for (let n = 1; n <= 200; n++) addAt(start + n * 1000, n);
    let state = initialPollState(new Date(start));
    const delivered: string[] = [];
    const requestsPerPoll: number[] = [];
    for (let polls = 0; polls < 60 && !(delivered.length === 200 && state.checkpoints.length === 0); polls++) {
      const before = server.requests.length;
      const result = await pollNewCalls(client(), state, { inboundOnly: false, maxItems: 25, maxPages: 5, pageSize: 10 });
      requestsPerPoll.push(server.requests.length - before);
      delivered.push(...result.calls.map((call) => String(call.sid)));
      state = result.state;
    }
    expect(delivered).toEqual(Array.from({ length: 200 }, (_, i) => callSid(i + 1)));
    expect(Math.max(...requestsPerPoll)).toBeLessThanOrEqual(5);
  });

  it("asks Twilio's official spec-shaped list for a later page with the position it gave", async () => {
    const result = await pollNewCalls(
      getTwilioClient(authTokenConnection(twilio.url)),
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
  let server: TimedListServer;
  beforeEach(async () => {
    server = await startTimedListServer(RECORDINGS, 2);
  });
  afterEach(() => server.close());
  const addAt = (at: number, n: number) =>
    server.items.push({ sid: recordingSid(n), at, fields: { status: "completed", call_sid: callSid(n) } });

  it("delivers each recording once, oldest first, across pages and polls", async () => {
    const start = Date.UTC(2026, 10, 20, 23, 59, 50);
    let state = initialPollState(new Date(start));
    addAt(start - 5000, 1);
    for (let n = 2; n <= 5; n++) addAt(start + n * 4000, n);
    const first = await pollNewRecordings(getTwilioClient(authTokenConnection(server.url)), state);
    expect(first.recordings.map((recording) => recording.sid)).toEqual([2, 3, 4, 5].map(recordingSid));
    expect(server.requests[0].query.get("DateCreated>")).toBe("2026-11-20T00:00:00Z");
    state = first.state;
    addAt(start + 30_000, 6);
    const second = await pollNewRecordings(getTwilioClient(authTokenConnection(server.url)), state);
    expect(second.recordings.map((recording) => recording.sid)).toEqual([recordingSid(6)]);
  });

  it("sends a list request Twilio's official spec accepts", async () => {
    const result = await pollNewRecordings(getTwilioClient(authTokenConnection(twilio.url)), initialPollState(new Date()));
    expect(result.state.checkpoints).toEqual([]);
  });
});
