import type { PollState } from "../../../src/client/polling/newItems";
import { useInstantWaits } from "../../support/fakeClock";
import { authTokenConnection, harness } from "../../support/harness";
import { sharedSandbox, type TestSandbox } from "../../support/sandbox";
import { sequence } from "./sequence";

const OUR_NUMBER = "+15017122661";
const CUSTOMER = "+15558675310";
type Polled = Record<string, unknown> & { sid: string };

/** An item of the list a trigger polls, as the test made it. */
export interface TimedItem {
  sid: string;
  /** Epoch milliseconds at whole seconds; null while the item has no time yet (a call not started). */
  at: number | null;
  direction: "inbound" | "outbound-api";
  from: string;
  to: string;
}

/** Runs a trigger as the platform does: cleaned inputs, the error hook, and polling state kept on instanceState. */
async function poll(key: string, url: string, instanceState: Record<string, unknown>, params: Record<string, unknown> = {}) {
  const result = (await harness.trigger(key, {}, { connection: authTokenConnection(url), ...params }, { instanceState })) as unknown as {
    payload: { body: { data: Polled[] } };
    resultType?: string;
  };
  return result.payload.body.data;
}

const firstSecond = () => (Math.floor(Date.now() / 1000) + 1) * 1000;

/** One of the voice polling triggers, with how the sandbox's list it polls gets its items. */
export interface VoicePollTrigger {
  key: string;
  /** The query parameter of the list's day filter: StartTime>, DateCreated>. */
  dayFilter: string;
  sid: (n: number) => string;
  /** The record field that carries the item's time. */
  timeKey: string;
  /** Puts the item in the sandbox's list, or gives the one there its time once it has one. */
  record(sandbox: TestSandbox, item: TimedItem): Promise<void>;
}

/**
 * The behaviour both voice polling triggers share (pollNewCalls.test.ts, pollNewRecordings.test.ts),
 * on a sandbox Twilio of the file's own whose pages hold 3 items: they differ only in the list they poll.
 */
export function describeVoicePollTrigger({ key, dayFilter, sid, timeKey, record }: VoicePollTrigger): void {
  describe(key, () => {
    useInstantWaits();
    const on = sharedSandbox({ maxPageSize: 3, clock: { running: false }, tickMs: 0 });
    let next = 1;
    const items: TimedItem[] = [];
    const add = async (at: number | null, direction: TimedItem["direction"] = "inbound"): Promise<TimedItem> => {
      const inbound = direction === "inbound";
      const item = { sid: sid(next++), at, direction, from: inbound ? CUSTOMER : OUR_NUMBER, to: inbound ? OUR_NUMBER : CUSTOMER };
      items.push(item);
      await record(on.sandbox, item);
      return item;
    };
    const giveTime = async (item: TimedItem, at: number) => {
      item.at = at;
      await record(on.sandbox, item);
    };
    /** Page requests after the first fail, as in an outage mid-poll. */
    const failLaterPages = (failing: boolean) =>
      on.sandbox.faults.use(failing ? (request) => (request.query.has("PageToken") ? "500-before" : undefined) : undefined);
    beforeEach(() => {
      on.sandbox.reset();
      items.length = 0;
    });

    it("starts from now: the account's history is not delivered", async () => {
      await add(Date.now() - 60_000);
      await add(Date.now() - 3_600_000);
      const instanceState = {};
      expect(await poll(key, on.sandbox.url, instanceState)).toEqual([]);
      expect(await poll(key, on.sandbox.url, instanceState)).toEqual([]);
    });

    it("delivers every item exactly once over many polls: same-second bursts, several pages, failures mid-poll", async () => {
      const random = sequence(11);
      const start = firstSecond();
      const instanceState = {};
      await poll(key, on.sandbox.url, instanceState);
      const delivered: Polled[] = [];
      const waiting: TimedItem[] = [];
      let failedPolls = 0;
      for (let round = 0; round < 50; round++) {
        const second = start + Math.floor(round / 2) * 1000;
        for (let i = random(7); i > 0; i--) await add(second);
        if (random(4) === 0) waiting.push(await add(null));
        if (random(3) === 0) for (const item of waiting.splice(0)) await giveTime(item, second);
        if (random(5) === 0) {
          for (let i = 0; i < 4; i++) await add(second);
          failLaterPages(true);
          await expect(poll(key, on.sandbox.url, instanceState)).rejects.toThrow();
          failLaterPages(false);
          failedPolls++;
          continue;
        }
        const batch = await poll(key, on.sandbox.url, instanceState);
        const times = batch.map((item) => Date.parse(String(item[timeKey])));
        expect(times).toEqual([...times].sort((a, b) => a - b));
        delivered.push(...batch);
      }
      for (const item of waiting) await giveTime(item, start + 26_000);
      delivered.push(...(await poll(key, on.sandbox.url, instanceState)));

      const timed = items.filter((item) => item.at !== null).map((item) => item.sid);
      const deliveredSids = delivered.map((item) => item.sid);
      expect(new Set(deliveredSids).size).toBe(deliveredSids.length);
      expect(new Set(deliveredSids)).toEqual(new Set(timed));
      expect(timed.length).toBeGreaterThan(60);
      expect(failedPolls).toBeGreaterThan(3);
      expect(on.sandbox.requests.some((req) => req.query.has("PageToken"))).toBe(true);
      const saved = (instanceState as { __prismaticInternal: { polling: PollState } }).__prismaticInternal.polling;
      expect(new Set(Object.keys(saved.seen))).toEqual(new Set(timed));
    });

    it("asks Twilio for whole days, since its date filter ignores the time", async () => {
      const instanceState = {};
      await poll(key, on.sandbox.url, instanceState);
      await poll(key, on.sandbox.url, instanceState);
      expect(on.sandbox.requests[0].query.get(dayFilter)).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
    });

    it("sends list requests Twilio's official spec accepts (the sandbox checks each one)", async () => {
      const instanceState = {};
      await poll(key, on.sandbox.url, instanceState);
      await expect(poll(key, on.sandbox.url, instanceState)).resolves.toEqual([]);
      expect(on.sandbox.requests.length).toBeGreaterThan(0);
      expect(new Set(on.sandbox.requests.map((request) => request.status))).toEqual(new Set([200]));
    });

    if (key === "pollNewCalls") {
      it("delivers only calls to the account's numbers with Inbound Only, and passes From and To to Twilio", async () => {
        const instanceState = {};
        await poll(key, on.sandbox.url, instanceState, { inboundOnly: true });
        const second = firstSecond();
        const inbound = await add(second, "inbound");
        await add(second, "outbound-api");
        const batch = await poll(key, on.sandbox.url, instanceState, { inboundOnly: true, to: OUR_NUMBER, from: "+1 (555) 867-5310" });
        expect(batch.map((call) => call.sid)).toEqual([inbound.sid]);
        const last = on.sandbox.requests[on.sandbox.requests.length - 1];
        expect(last.query.get("To")).toBe(OUR_NUMBER);
        expect(last.query.get("From")).toBe(CUSTOMER);
      });
    }
  });
}
