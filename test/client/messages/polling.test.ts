import {
  initialPollState,
  LOOK_BACK_MS,
  MAX_SEEN_SIDS,
  type MessagePollState,
  pollNewMessages,
} from "../../../src/client/messages/polling";
import { getTwilioClient } from "../../../src/client/twilioClient";
import { useInstantWaits } from "../../support/fakeClock";
import { authTokenConnection } from "../../support/harness";
import { messageSid, sandboxPerCase, sharedSandbox } from "../../support/sandbox";

/** The sandbox Twilio this file's spec-checked cases run on: it keeps what they create. */
const shared = sharedSandbox({ clock: { running: true } });

describe("pollNewMessages", () => {
  useInstantWaits();
  const on = sandboxPerCase({ maxPageSize: 2 });

  const addAt = (sentAt: number | null, n: number) =>
    on.sandbox.addMessage({
      sid: messageSid(n),
      direction: "inbound",
      from: "+15558675310",
      to: "+15017122661",
      body: `#${n}`,
      sentAt,
    });
  const client = () => getTwilioClient(authTokenConnection(on.sandbox.url));

  it("splits a same-second burst across polls with a per-poll cap, without loss or repeat, oldest first", async () => {
    const second = Date.UTC(2026, 10, 20, 16, 9, 2);
    let state: MessagePollState = initialPollState(new Date(second - 1000));
    addAt(second - 1000, 1);
    for (let n = 2; n <= 6; n++) addAt(second, n);
    addAt(second + 1000, 7);
    const batches: string[][] = [];
    for (let i = 0; i < 5; i++) {
      const result = await pollNewMessages(client(), state, {
        inboundOnly: false,
        maxMessages: 2,
      });
      batches.push(result.messages.map((message) => String(message.sid)));
      state = result.state;
    }
    expect(batches.flat()).toEqual([1, 2, 3, 4, 5, 6, 7].map(messageSid));
    expect(batches.slice(0, 4).map((batch) => batch.length)).toEqual([2, 2, 2, 1]);
    expect(batches[4]).toEqual([]);
    expect(Object.keys(state.seen).sort()).toEqual([1, 2, 3, 4, 5, 6, 7].map(messageSid));
    expect(state.checkpoints).toEqual([]);
  });

  it("keeps in its state only the SIDs of the look-back window behind the newest message", async () => {
    const start = Date.UTC(2026, 10, 20, 16, 9, 2);
    for (let n = 1; n <= 10; n++) addAt(start + n * 30_000, n);
    const { state } = await pollNewMessages(client(), initialPollState(new Date(start)), { inboundOnly: false });
    const newest = start + 10 * 30_000;
    expect(state.since).toBe(new Date(newest - LOOK_BACK_MS).toISOString());
    expect(state.seen).toEqual({
      [messageSid(6)]: new Date(start + 6 * 30_000).toISOString(),
      [messageSid(7)]: new Date(start + 7 * 30_000).toISOString(),
      [messageSid(8)]: new Date(start + 8 * 30_000).toISOString(),
      [messageSid(9)]: new Date(start + 9 * 30_000).toISOString(),
      [messageSid(10)]: new Date(newest).toISOString(),
    });
  });

  it("delivers once a message that shows up late with an older DateSent, within the look-back window", async () => {
    const start = Date.UTC(2026, 10, 20, 16, 9, 2);
    for (let n = 1; n <= 3; n++) addAt(start + 200_000 + n * 1000, n);
    const first = await pollNewMessages(client(), initialPollState(new Date(start)), { inboundOnly: false });
    expect(first.messages.map((message) => message.sid)).toEqual([1, 2, 3].map(messageSid));

    // Behind the newest delivered (start + 203 s): 60 s behind is inside the window, 150 s is outside.
    addAt(start + 143_000, 4);
    addAt(start + 53_000, 5);
    const second = await pollNewMessages(client(), first.state, { inboundOnly: false });
    expect(second.messages.map((message) => message.sid)).toEqual([messageSid(4)]);
    const third = await pollNewMessages(client(), second.state, { inboundOnly: false });
    expect(third.messages).toEqual([]);
  });

  it(`caps the SIDs it keeps at ${MAX_SEEN_SIDS}, shrinking the window to the newest`, async () => {
    on.sandbox.maxPageSize = 1000;
    const start = Date.UTC(2026, 10, 20, 16, 9, 2);
    // 25 a second over 100 s: all inside one window, more than the cap.
    for (let n = 1; n <= 2500; n++) addAt(start + Math.ceil(n / 25) * 1000, n);
    const { messages, state } = await pollNewMessages(client(), initialPollState(new Date(start)), {
      inboundOnly: false,
      maxMessages: 3000,
    });
    expect(messages).toHaveLength(2500);
    expect(Object.keys(state.seen)).toHaveLength(MAX_SEEN_SIDS);
    expect(state.since).toBe(new Date(start + 21_000).toISOString());

    // Behind the kept SIDs a late message is no longer delivered; among them it is.
    addAt(start + 20_000, 2501);
    addAt(start + 21_000, 2502);
    const next = await pollNewMessages(client(), state, { inboundOnly: false });
    expect(next.messages.map((message) => message.sid)).toEqual([messageSid(2502)]);
  });

  it("keeps every SID of the newest second, however many, so none of them is delivered twice", async () => {
    on.sandbox.maxPageSize = 1000;
    const second = Date.UTC(2026, 10, 20, 16, 9, 2);
    for (let n = 1; n <= MAX_SEEN_SIDS + 100; n++) addAt(second, n);
    const first = await pollNewMessages(client(), initialPollState(new Date(second)), { inboundOnly: false, maxMessages: 5000 });
    expect(Object.keys(first.state.seen)).toHaveLength(MAX_SEEN_SIDS + 100);
    expect((await pollNewMessages(client(), first.state, { inboundOnly: false })).messages).toEqual([]);
  });

  it("works through a backlog with a bounded number of requests per poll, exactly once and oldest first", async () => {
    on.sandbox.maxPageSize = 10;
    const start = Date.UTC(2026, 10, 20, 16, 9, 2);
    for (let n = 1; n <= 400; n++) addAt(start + n * 1000, n);
    let state = initialPollState(new Date(start));
    const delivered: string[] = [];
    const requestsPerPoll: number[] = [];
    for (let polls = 0; polls < 100; polls++) {
      const before = on.sandbox.requests.length;
      const result = await pollNewMessages(client(), state, { inboundOnly: false, maxMessages: 25, maxPages: 5, pageSize: 10 });
      requestsPerPoll.push(on.sandbox.requests.length - before);
      delivered.push(...result.messages.map((message) => String(message.sid)));
      state = result.state;
      if (delivered.length === 400 && state.checkpoints.length === 0) break;
    }
    expect(delivered).toEqual(Array.from({ length: 400 }, (_, i) => messageSid(i + 1)));
    expect(Math.max(...requestsPerPoll)).toBeLessThanOrEqual(5);
    // Once the first scan has reached the oldest, each poll reads about the pages it delivers from.
    expect(requestsPerPoll.length).toBeLessThan(40);
  });

  it("asks Twilio's official spec-shaped list for a later page with the position it gave", async () => {
    const result = await pollNewMessages(
      getTwilioClient(authTokenConnection(shared.sandbox.url)),
      {
        ...initialPollState(new Date(Date.UTC(2026, 10, 20))),
        checkpoints: [{ pageToken: "PASM00000000000000000000000000000001", page: 3 }],
      },
      { inboundOnly: false },
    );
    expect(result.state.checkpoints).toEqual([]);
  });

  it("crosses midnight: the day filter starts at the cursor's day and the time is checked here", async () => {
    const lastSecondOfDay = Date.UTC(2026, 10, 20, 23, 59, 59);
    addAt(lastSecondOfDay - 5000, 1);
    addAt(lastSecondOfDay + 1000, 2);
    const { messages } = await pollNewMessages(client(), initialPollState(new Date(lastSecondOfDay)), { inboundOnly: false });
    expect(messages.map((message) => message.sid)).toEqual([messageSid(2)]);
    expect(on.sandbox.requests[0].query.get("DateSent>")).toBe("2026-11-20T00:00:00Z");
  });

  it("delivers a queued message once Twilio has sent it", async () => {
    const second = Date.UTC(2026, 10, 20, 16, 9, 2);
    addAt(null, 1);
    const first = await pollNewMessages(client(), initialPollState(new Date(second)), { inboundOnly: false });
    expect(first.messages).toEqual([]);
    on.sandbox.markSent(on.sandbox.messages[0], second + 2000);
    const afterSending = await pollNewMessages(client(), first.state, {
      inboundOnly: false,
    });
    expect(afterSending.messages.map((message) => message.sid)).toEqual([messageSid(1)]);
  });

  it("stops paging once a page reaches back past the cursor", async () => {
    const second = Date.UTC(2026, 10, 20, 12, 0, 0);
    for (let n = 1; n <= 10; n++) addAt(second - n * 60_000, n);
    addAt(second + 1000, 11);
    await pollNewMessages(client(), initialPollState(new Date(second)), {
      inboundOnly: false,
    });
    expect(on.sandbox.requests).toHaveLength(1);
  });
});
