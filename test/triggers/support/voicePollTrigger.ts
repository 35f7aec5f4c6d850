import type { PollState } from "../../../src/client/polling/newItems";
import { useInstantWaits } from "../../support/fakeClock";
import { authTokenConnection, contractUrl, harness } from "../../support/harness";
import { sequence } from "./sequence";
import { startTimedListServer, type TimedItem, type TimedListServer, type TimedListShape } from "./timedListServer";

const OUR_NUMBER = "+15017122661";
const CUSTOMER = "+15558675310";
type Polled = Record<string, unknown> & { sid: string };

/** Runs a trigger as the platform does: cleaned inputs, the error hook, and polling state kept on instanceState. */
async function poll(key: string, url: string, instanceState: Record<string, unknown>, params: Record<string, unknown> = {}) {
  const result = (await harness.trigger(key, {}, { connection: authTokenConnection(url), ...params }, { instanceState })) as unknown as {
    payload: { body: { data: Polled[] } };
    resultType?: string;
  };
  return result.payload.body.data;
}

const firstSecond = () => (Math.floor(Date.now() / 1000) + 1) * 1000;

/** One of the voice polling triggers, with the shape of the list it polls. */
export interface VoicePollTrigger {
  key: string;
  shape: TimedListShape;
  sid: (n: number) => string;
  /** The record field that carries the item's time. */
  timeKey: string;
}

/**
 * The behaviour both voice polling triggers share (pollNewCalls.test.ts, pollNewRecordings.test.ts):
 * they differ only in the list they poll.
 */
export function describeVoicePollTrigger({ key, shape, sid, timeKey }: VoicePollTrigger): void {
  describe(key, () => {
    useInstantWaits();
    let server: TimedListServer;
    let next = 1;
    const add = (at: number | null, direction = "inbound"): TimedItem => {
      const item = {
        sid: sid(next++),
        at,
        fields: { direction, from: direction === "inbound" ? CUSTOMER : OUR_NUMBER, to: direction === "inbound" ? OUR_NUMBER : CUSTOMER },
      };
      server.items.push(item);
      return item;
    };
    beforeEach(async () => {
      server = await startTimedListServer(shape, 3);
    });
    afterEach(() => server.close());

    it("starts from now: the account's history is not delivered", async () => {
      add(Date.now() - 60_000);
      add(Date.now() - 3_600_000);
      const instanceState = {};
      expect(await poll(key, server.url, instanceState)).toEqual([]);
      expect(await poll(key, server.url, instanceState)).toEqual([]);
    });

    it("delivers every item exactly once over many polls: same-second bursts, several pages, failures mid-poll", async () => {
      const random = sequence(11);
      const start = firstSecond();
      const instanceState = {};
      await poll(key, server.url, instanceState);
      const delivered: Polled[] = [];
      const waiting: TimedItem[] = [];
      let failedPolls = 0;
      for (let round = 0; round < 50; round++) {
        const second = start + Math.floor(round / 2) * 1000;
        for (let i = random(7); i > 0; i--) add(second);
        if (random(4) === 0) waiting.push(add(null));
        if (random(3) === 0) for (const item of waiting.splice(0)) item.at = second;
        if (random(5) === 0) {
          for (let i = 0; i < 4; i++) add(second);
          server.failLaterPages = true;
          await expect(poll(key, server.url, instanceState)).rejects.toThrow();
          server.failLaterPages = false;
          failedPolls++;
          continue;
        }
        const batch = await poll(key, server.url, instanceState);
        const times = batch.map((item) => Date.parse(String(item[timeKey])));
        expect(times).toEqual([...times].sort((a, b) => a - b));
        delivered.push(...batch);
      }
      for (const item of waiting) item.at = start + 26_000;
      delivered.push(...(await poll(key, server.url, instanceState)));

      const timed = server.items.filter((item) => item.at !== null).map((item) => item.sid);
      const deliveredSids = delivered.map((item) => item.sid);
      expect(new Set(deliveredSids).size).toBe(deliveredSids.length);
      expect(new Set(deliveredSids)).toEqual(new Set(timed));
      expect(timed.length).toBeGreaterThan(60);
      expect(failedPolls).toBeGreaterThan(3);
      expect(server.requests.some((req) => req.query.has("PageToken"))).toBe(true);
      const saved = (instanceState as { __prismaticInternal: { polling: PollState } }).__prismaticInternal.polling;
      expect(new Set(Object.keys(saved.seen))).toEqual(new Set(timed));
    });

    it("asks Twilio for whole days, since its date filter ignores the time", async () => {
      const instanceState = {};
      await poll(key, server.url, instanceState);
      await poll(key, server.url, instanceState);
      expect(server.requests[0].query.get(shape.dayFilter)).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
    });

    it("sends a list request Twilio's official spec accepts", async () => {
      const instanceState = {};
      await poll(key, contractUrl(), instanceState);
      await expect(poll(key, contractUrl(), instanceState)).resolves.toEqual([]);
    });

    if (key === "pollNewCalls") {
      it("delivers only calls to the account's numbers with Inbound Only, and passes From and To to Twilio", async () => {
        const instanceState = {};
        await poll(key, server.url, instanceState, { inboundOnly: true });
        const second = firstSecond();
        const inbound = add(second, "inbound");
        add(second, "outbound-api");
        const batch = await poll(key, server.url, instanceState, { inboundOnly: true, to: OUR_NUMBER, from: "+1 (555) 867-5310" });
        expect(batch.map((call) => call.sid)).toEqual([inbound.sid]);
        const last = server.requests[server.requests.length - 1];
        expect(last.query.get("To")).toBe(OUR_NUMBER);
        expect(last.query.get("From")).toBe(CUSTOMER);
      });
    }
  });
}
