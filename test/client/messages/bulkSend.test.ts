import type { FaultKind } from "../../../sandbox";
import type { BulkSendResult } from "../../../src/client/messages/bulkSend";
import { InputError } from "../../../src/client/transport/errors";
import { useFakeClock } from "../../support/fakeClock";
import { authTokenConnection, failureOf, harness } from "../../support/harness";
import { startTestSandbox, type TestSandbox } from "../../support/sandbox";

const RECIPIENTS = ["+15558675310", "+15558675311", "+15558675312", "+15558675313", "+15558675314"];
type Run = { data: BulkSendResult; instanceState?: Record<string, unknown> };

describe("sendBulkSMS beyond one step and across lost answers", () => {
  useFakeClock();
  let server: TestSandbox;
  afterEach(() => server?.close());

  const bulk = (inputs: Record<string, unknown>, instanceState: Record<string, unknown> = {}) =>
    harness.action(
      "sendBulkSMS",
      {
        twilioConnection: authTokenConnection(server.url),
        recipients: RECIPIENTS,
        from: "+15017122661",
        message: "Doors open at 7pm",
        ...inputs,
      },
      { instanceState },
    ) as Promise<Run>;
  const createdFor = () => server.created.map((message) => message.to).sort();

  it("stops starting sends when the time budget runs out; a run from continueFrom sends to the rest, nobody twice", async () => {
    // One create at a time, each answered after 600 ms: a 1 s budget starts two of the five (at 0 and 0.6 s).
    server = await startTestSandbox({ createDelayMs: 600 });
    const first = await bulk({ concurrency: "1", timeBudget: "1" });

    expect(first.data.results.map((row) => row.to)).toEqual(RECIPIENTS.slice(0, 2));
    expect(first.data).toMatchObject({ remainingCount: 3, continueFrom: expect.stringMatching(/\.2$/) });

    const second = await bulk({ concurrency: "1", continueFrom: first.data.continueFrom });

    expect(second.data.results.map((row) => row.to)).toEqual(RECIPIENTS.slice(2));
    expect(second.data).toMatchObject({ status: "succeeded", remainingCount: 0, continueFrom: null });
    expect(createdFor()).toEqual([...RECIPIENTS].sort());
  });

  it("refuses a continueFrom that came from another list or message, naming the input, before sending", async () => {
    server = await startTestSandbox({ createDelayMs: 600 });
    const first = await bulk({ concurrency: "1", timeBudget: "1" });
    const sentBefore = server.created.length;

    for (const other of [{ message: "Doors open at 8pm" }, { recipients: RECIPIENTS.slice(1) }, { continueFrom: "made-up.2" }]) {
      const error = await failureOf(bulk({ continueFrom: first.data.continueFrom, ...other }));
      expect(error).toBeInstanceOf(InputError);
      expect(error.message).toMatch(/^Input "Continue From": expected the continueFrom of an earlier Send Bulk Messages run/);
    }
    expect(server.created).toHaveLength(sentBefore);
  });

  it("resolves each lost answer against the log: found is reconciled, proven absent is sent once more, unknown says so", async () => {
    const faults: Record<string, FaultKind[]> = {
      "+15558675311": ["500-after"],
      "+15558675312": ["reset-before"],
      "+15558675313": ["500-before", "500-after"],
    };
    const attempts = new Map<string, number>();
    server = await startTestSandbox({
      createFault: (_attempt, form) => {
        const to = form.get("To") ?? "";
        const tried = attempts.get(to) ?? 0;
        attempts.set(to, tried + 1);
        return faults[to]?.[tried];
      },
    });

    const { data } = await bulk({});

    expect(data.results.map((row) => [row.to, row.outcome])).toEqual([
      ["+15558675310", "sent"],
      ["+15558675311", "reconciled"],
      ["+15558675312", "reconciled"],
      ["+15558675313", "unknown"],
      ["+15558675314", "sent"],
    ]);
    expect(data.results[3].errorMessage).toMatch(/^May have been sent: Twilio answered HTTP 500; the log showed no such message/);
    expect(data).toMatchObject({ status: "partially_succeeded", sentCount: 4, failedCount: 0, unknownCount: 1 });
    // Every recipient got exactly one message, the unknown one included: nothing was sent twice.
    expect(createdFor()).toEqual([...RECIPIENTS].sort());
  });

  it("with an idempotency key, a rerun of the flow sends to nobody who already got the message", async () => {
    server = await startTestSandbox({ createDelayMs: 600 });
    const first = await bulk({ concurrency: "1", timeBudget: "1", idempotencyKey: "event-42-doors", idempotencyStore: "flowState" });
    // The rerun has no continueFrom: the key alone keeps the first two from getting it twice.
    const rerun = await bulk({ concurrency: "1", idempotencyKey: "event-42-doors", idempotencyStore: "flowState" }, first.instanceState);

    expect(rerun.data.results.map((row) => row.outcome)).toEqual(["replayed", "replayed", "sent", "sent", "sent"]);
    expect(rerun.data.results.slice(0, 2).map((row) => row.messageSid)).toEqual(first.data.results.map((row) => row.messageSid));
    expect(createdFor()).toEqual([...RECIPIENTS].sort());
  });

  it("with an idempotency key reused for other content, fails the step before anything is sent, as Send Message does", async () => {
    server = await startTestSandbox();
    const first = await bulk({ recipients: RECIPIENTS.slice(0, 2), idempotencyKey: "event-42-doors" });
    const sentFirst = server.created.length;

    const error = await failureOf(
      bulk({ idempotencyKey: "event-42-doors", message: "Doors open at 8pm" }, first.instanceState as Record<string, unknown>),
    );

    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toMatch(/^Input "Idempotency Key": expected a key not used for other content/);
    expect(server.created).toHaveLength(sentFirst);
  });

  it("with an idempotency key in Flow State reused for other recipients only, fails the step before anything is sent, as with Sync", async () => {
    server = await startTestSandbox();
    const key = { idempotencyKey: "event-43-doors", idempotencyStore: "flowState" };
    const first = await bulk({ recipients: RECIPIENTS.slice(0, 2), ...key });
    const sentFirst = server.created.length;

    const error = await failureOf(bulk({ recipients: RECIPIENTS.slice(2), ...key }, first.instanceState as Record<string, unknown>));

    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toMatch(/^Input "Idempotency Key": expected a key not used for other content/);
    expect(server.created).toHaveLength(sentFirst);
  });
});
