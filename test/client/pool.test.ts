import { refusalOf, runPool } from "../../src/client/pool";
import { TwilioApiError } from "../../src/client/transport/errors";

/** Work that finishes after a number of event-loop turns, so the pool's interleaving is real. */
const turns = async (count: number) => {
  for (let turn = 0; turn < count; turn++) await new Promise((resolve) => setImmediate(resolve));
};

describe("runPool", () => {
  it("runs every item, at most `concurrency` at a time, taking them in order", async () => {
    const queue = [1, 2, 3, 4, 5, 6, 7];
    const started: number[] = [];
    const results = new Map<number, string>();
    let running = 0;
    let mostRunning = 0;
    await runPool(
      queue,
      3,
      async (item) => {
        started.push(item);
        running++;
        mostRunning = Math.max(mostRunning, running);
        await turns(8 - item);
        running--;
        return { result: `done ${item}` };
      },
      (item, result) => results.set(item, result),
    );
    expect(started).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(mostRunning).toBe(3);
    expect([...results.keys()].sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(results.get(4)).toBe("done 4");
    expect(queue).toEqual([]);
  });

  it("stops taking items when keepGoing says so, leaving the rest in the queue", async () => {
    const queue = ["a", "b", "c", "d"];
    const done: string[] = [];
    await runPool(
      queue,
      1,
      async (item) => ({ result: item }),
      (item) => done.push(item),
      () => done.length < 2,
    );
    expect(done).toEqual(["a", "b"]);
    expect(queue).toEqual(["c", "d"]);
  });

  it("once the credentials are rejected (401), gives the items left that result without running them", async () => {
    const ran: number[] = [];
    const results: [number, string][] = [];
    await runPool(
      [1, 2, 3, 4],
      1,
      async (item) => {
        ran.push(item);
        return item === 2
          ? { result: "credentials rejected", httpStatus: 401 }
          : { result: "sent", httpStatus: item === 1 ? 400 : undefined };
      },
      (item, result) => results.push([item, result]),
    );
    expect(ran).toEqual([1, 2]);
    expect(results).toEqual([
      [1, "sent"],
      [2, "credentials rejected"],
      [3, "credentials rejected"],
      [4, "credentials rejected"],
    ]);
  });

  it("does nothing for an empty queue", async () => {
    const record = jest.fn();
    await runPool([], 5, async () => ({ result: 1 }), record);
    expect(record).not.toHaveBeenCalled();
  });
});

describe("refusalOf", () => {
  it("keeps Twilio's code and the HTTP status of a refused request as a row shows them", () => {
    const refusal = refusalOf(new TwilioApiError("Twilio error 21211 (HTTP 400): Invalid 'To' Phone Number", { code: 21211, status: 400 }));
    expect(refusal).toMatchObject({ code: 21211, httpStatus: 400 });
    expect(refusal.message).toContain("21211");
  });

  it("gives no code for a failure that is not Twilio's answer", () => {
    expect(refusalOf(new Error("socket hang up"))).toMatchObject({ code: null, httpStatus: undefined, message: expect.any(String) });
  });
});
