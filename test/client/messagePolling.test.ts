import { initialPollState, type MessagePollState, pollNewMessages } from "../../src/client/messagePolling";
import { getTwilioClient } from "../../src/client/twilioClient";
import { authTokenConnection } from "../support/harness";
import { type MessageListServer, messageSid, startMessageListServer } from "../triggers/support/messageListServer";

describe("pollNewMessages", () => {
  let server: MessageListServer;
  beforeEach(async () => {
    server = await startMessageListServer(2);
  });
  afterEach(() => server.close());

  const addAt = (sentAt: number | null, n: number) =>
    server.messages.push({
      sid: messageSid(n),
      direction: "inbound",
      from: "+15558675310",
      to: "+15017122661",
      body: `#${n}`,
      sentAt,
    });
  const client = () => getTwilioClient(authTokenConnection(server.url));

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
    expect(state).toEqual({
      since: new Date(second + 1000).toISOString(),
      deliveredAtSince: [messageSid(7)],
    });
  });

  it("keeps only the SIDs of the newest second in its state", async () => {
    const second = Date.UTC(2026, 10, 20, 16, 9, 2);
    for (let n = 1; n <= 4; n++) addAt(second + n * 1000, n);
    addAt(second + 4000, 5);
    const { state } = await pollNewMessages(client(), initialPollState(new Date(second)), { inboundOnly: false });
    expect(state).toEqual({
      since: new Date(second + 4000).toISOString(),
      deliveredAtSince: expect.arrayContaining([messageSid(4), messageSid(5)]),
    });
    expect(state.deliveredAtSince).toHaveLength(2);
  });

  it("crosses midnight: the day filter starts at the cursor's day and the time is checked here", async () => {
    const lastSecondOfDay = Date.UTC(2026, 10, 20, 23, 59, 59);
    addAt(lastSecondOfDay - 5000, 1);
    addAt(lastSecondOfDay + 1000, 2);
    const { messages } = await pollNewMessages(client(), initialPollState(new Date(lastSecondOfDay)), { inboundOnly: false });
    expect(messages.map((message) => message.sid)).toEqual([messageSid(2)]);
    expect(server.requests[0].query.get("DateSent>")).toBe("2026-11-20T00:00:00Z");
  });

  it("delivers a queued message once Twilio has sent it", async () => {
    const second = Date.UTC(2026, 10, 20, 16, 9, 2);
    addAt(null, 1);
    const first = await pollNewMessages(client(), initialPollState(new Date(second)), { inboundOnly: false });
    expect(first.messages).toEqual([]);
    server.messages[0].sentAt = second + 2000;
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
    expect(server.requests).toHaveLength(1);
  });
});
