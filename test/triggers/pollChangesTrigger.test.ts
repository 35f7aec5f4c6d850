import type { StoredMessage } from "../../sandbox/products/messageLog";
import { initialPollState, type MessagePollState } from "../../src/client/messages/polling";
import { InputError } from "../../src/client/transport/errors";
import { useInstantWaits } from "../support/fakeClock";
import { authTokenConnection, failureOf, harness, recordingLogger } from "../support/harness";
import { type ListedMessage, messageSid, sandboxPerCase, sharedSandbox } from "../support/sandbox";
import { sequence } from "./support/sequence";

const OUR_NUMBER = "+15017122661";
const CUSTOMER = "+15558675310";

type PolledMessage = Record<string, unknown> & {
  sid: string;
  dateSent: string;
};

/** Runs the trigger as the platform does: cleaned inputs, the error hook, and polling state kept on instanceState. */
async function poll(
  server: { url: string },
  instanceState: Record<string, unknown>,
  params: Record<string, unknown> = {},
): Promise<PolledMessage[]> {
  const result = (await harness.trigger(
    "pollChangesTrigger",
    {},
    { connection: authTokenConnection(server.url), ...params },
    { instanceState },
  )) as {
    payload: { body: { data: PolledMessage[] } };
  };
  return result.payload.body.data;
}

/** The sandbox Twilio this file's spec-checked cases run on: it keeps what they create. */
const shared = sharedSandbox({ clock: { running: true } });

describe("pollChangesTrigger", () => {
  useInstantWaits();
  const on = sandboxPerCase({ maxPageSize: 3 });
  let nextSid = 1;
  const firstSecond = () => (Math.floor(Date.now() / 1000) + 1) * 1000;
  const add = (sentAt: number | null, direction: ListedMessage["direction"] = "inbound"): StoredMessage =>
    on.sandbox.addMessage({
      sid: messageSid(nextSid++),
      direction,
      from: direction === "inbound" ? CUSTOMER : OUR_NUMBER,
      to: direction === "inbound" ? OUR_NUMBER : CUSTOMER,
      body: `message ${nextSid}`,
      sentAt,
    });

  it("starts from now: the account's history is not delivered", async () => {
    add(Date.now() - 60_000);
    add(Date.now() - 3_600_000);
    const instanceState = {};
    expect(await poll(on.sandbox, instanceState)).toEqual([]);
    expect(await poll(on.sandbox, instanceState)).toEqual([]);
  });

  it("delivers every message exactly once over many polls: same-second bursts, several pages, failures mid-poll", async () => {
    const next = sequence(7);
    const start = firstSecond();
    const instanceState = {};
    await poll(on.sandbox, instanceState);
    const delivered: PolledMessage[] = [];
    const queued: StoredMessage[] = [];
    let failedPolls = 0;
    for (let round = 0; round < 60; round++) {
      // Two rounds share each second, so a burst is often split across polls.
      const second = start + Math.floor(round / 2) * 1000;
      for (let i = next(8); i > 0; i--) add(second, next(3) === 0 ? "outbound-api" : "inbound");
      if (next(4) === 0) queued.push(add(null, "outbound-api"));
      if (next(3) === 0) for (const message of queued.splice(0)) on.sandbox.markSent(message, second);
      if (next(5) === 0) {
        // Enough waiting to need a second page, which then fails.
        for (let i = 0; i < 4; i++) add(second);
        on.sandbox.faults.use((request) => (request.query.has("PageToken") ? "500-before" : undefined));
        await expect(poll(on.sandbox, instanceState)).rejects.toThrow();
        on.sandbox.faults.use(undefined);
        failedPolls++;
        continue;
      }
      const batch = await poll(on.sandbox, instanceState);
      const times = batch.map((message) => Date.parse(message.dateSent));
      expect(times).toEqual([...times].sort((a, b) => a - b));
      delivered.push(...batch);
    }
    for (const message of queued) on.sandbox.markSent(message, start + 31_000);
    delivered.push(...(await poll(on.sandbox, instanceState)));

    const sent = on.sandbox.messages.filter((message) => message.date_sent !== null).map((message) => message.sid);
    const deliveredSids = delivered.map((message) => message.sid);
    expect(new Set(deliveredSids).size).toBe(deliveredSids.length);
    expect(new Set(deliveredSids)).toEqual(new Set(sent));
    expect(sent.length).toBeGreaterThan(80);
    expect(failedPolls).toBeGreaterThan(3);
    expect(on.sandbox.requests.some((req) => req.query.has("PageToken"))).toBe(true);

    // Everything was sent within one look-back window, so the state remembers every SID and no page position.
    const saved = (instanceState as { __prismaticInternal: { polling: MessagePollState } }).__prismaticInternal.polling;
    expect(new Set(Object.keys(saved.seen))).toEqual(new Set(sent));
    expect(saved.checkpoints).toEqual([]);
  });

  it("delivers only received messages with Inbound Only, and passes From and To to Twilio", async () => {
    const instanceState = {};
    await poll(on.sandbox, instanceState, { inboundOnly: true, to: OUR_NUMBER });
    const second = firstSecond();
    const inbound = add(second, "inbound");
    add(second, "outbound-api");
    const batch = await poll(on.sandbox, instanceState, {
      inboundOnly: true,
      to: OUR_NUMBER,
      from: "+1 (555) 867-5310",
    });
    expect(batch.map((message) => message.sid)).toEqual([inbound.sid]);
    const last = on.sandbox.requests[on.sandbox.requests.length - 1];
    expect(last.query.get("To")).toBe(OUR_NUMBER);
    expect(last.query.get("From")).toBe(CUSTOMER);
  });

  it("asks Twilio for whole days, since its date filter ignores the time", async () => {
    const instanceState = {};
    await poll(on.sandbox, instanceState);
    await poll(on.sandbox, instanceState);
    const dateFilter = on.sandbox.requests[0].query.get("DateSent>");
    expect(dateFilter).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
  });

  it("delivers nothing with Show New Records off, says why, and starts from then once it is back on", async () => {
    const instanceState = { __prismaticInternal: { polling: initialPollState(new Date(Date.now() - 60_000)) } };
    add(Date.now() - 30_000);
    const { lines, logger } = recordingLogger();
    const result = (await harness.trigger(
      "pollChangesTrigger",
      {},
      { connection: authTokenConnection(on.sandbox.url), showNewRecords: false },
      { instanceState, logger },
    )) as unknown as { payload: { body: { data: unknown[] } }; resultType: string };
    expect(result.payload.body.data).toEqual([]);
    expect(result.resultType).toBe("polled_no_changes");
    expect(lines.join("\n")).toContain("Show New Records is off");
    expect(on.sandbox.requests).toHaveLength(0);

    const later = add(firstSecond());
    expect((await poll(on.sandbox, instanceState)).map((message) => message.sid)).toEqual([later.sid]);
  });

  it("refuses a Show New Records value that is not a boolean, naming the input", async () => {
    const error = await failureOf(poll(on.sandbox, {}, { showNewRecords: "sometimes" }));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toContain('Input "Show New Records"');
    expect(on.sandbox.requests).toHaveLength(0);
  });

  it("sends a list request Twilio's official spec accepts", async () => {
    const instanceState = {};
    await poll({ url: shared.sandbox.url }, instanceState);
    await expect(
      poll({ url: shared.sandbox.url }, instanceState, {
        from: OUR_NUMBER,
        to: CUSTOMER,
        inboundOnly: true,
      }),
    ).resolves.toEqual([]);
  });
});
