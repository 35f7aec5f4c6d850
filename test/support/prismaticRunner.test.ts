import { authTokenConnection } from "./harness";
import { InjectedFailure, interleaving, PrismaticFlow } from "./prismaticRunner";
import { sandboxPerCase } from "./sandbox";

/**
 * The runner itself, shown on today's ledger (idempotencyStore flowState): a store kept in the
 * flow's state fails exactly where Prismatic's execution model says it must.
 */
describe("PrismaticFlow, the execution model exactly-once tests run on", () => {
  const on = sandboxPerCase({ latencyMs: interleaving(7) });

  const sendStep =
    (key: (payload: Record<string, unknown>) => string) =>
    ({
      action,
      payload,
    }: {
      action: (key: string, inputs: Record<string, unknown>) => Promise<unknown>;
      payload: Record<string, unknown>;
    }) =>
      action("sendSMS", {
        twilioConnection: authTokenConnection(on.sandbox.url),
        to: String(payload.to ?? "+15558675310"),
        from: "+15017122661",
        message: `Order ${payload.order} shipped`,
        idempotencyKey: key(payload),
        idempotencyStore: "flowState",
      });
  const byOrder = sendStep((payload) => `order-${payload.order}`);
  const ledgerKeys = (state: Record<string, unknown>) => Object.keys((state.twilioIdempotencyKeys as object | undefined) ?? {});

  it("an execution loads the state stored when it starts and writes its whole copy when it ends: the last writer wins", async () => {
    const flow = new PrismaticFlow({ steps: [byOrder] });
    await flow.invokeAll([{ order: 1 }, { order: 2 }]);

    expect(on.sandbox.created).toHaveLength(2);
    expect(flow.writes).toHaveLength(2);
    // Each execution started from the empty state, so the second write erased the first one's key.
    expect(flow.writes.map(ledgerKeys)).toEqual([[expect.any(String)], [expect.any(String)]]);
    expect(ledgerKeys(flow.stored)).toHaveLength(1);
  });

  it("executions in parallel interleave at every request", async () => {
    const flow = new PrismaticFlow({ steps: [byOrder, sendStep((payload) => `order-${payload.order}-again`)] });
    await flow.invokeAll([
      { order: 1, to: "+15558675301" },
      { order: 2, to: "+15558675302" },
    ]);

    const recipients = on.sandbox.requests.filter((request) => request.method === "POST").map((request) => request.form.get("To"));
    expect(recipients).toHaveLength(4);
    // The first execution did not finish its two requests before the second one started.
    expect(recipients.slice(0, 2).sort()).toEqual(["+15558675301", "+15558675302"]);
  });

  it("the same key in two parallel executions sends twice with the flow-state ledger; a FIFO flow sends once", async () => {
    const parallel = new PrismaticFlow({ steps: [byOrder] });
    await parallel.invokeAll([{ order: 7 }, { order: 7 }]);
    expect(on.sandbox.created).toHaveLength(2);

    const fifo = new PrismaticFlow({ steps: [byOrder], concurrency: "fifo" });
    const [first, second] = await fifo.invokeAll([{ order: 8 }, { order: 8 }]);
    expect(on.sandbox.created).toHaveLength(3);
    expect(first.outputs?.[0]).toMatchObject({ data: { replayed: false } });
    expect(second.outputs?.[0]).toMatchObject({ data: { replayed: true } });
  });

  it("a failed execution is retried from its first step; when failure discards its state, the retry sends again", async () => {
    const flow = new PrismaticFlow({ steps: [byOrder], maxAttempts: 2 });
    const invocation = await flow.invoke({ order: 3 }, { failAfterStep: { index: 0, times: 1 } });

    expect(invocation.attempts.map((attempt) => attempt.error instanceof InjectedFailure)).toEqual([true, false]);
    expect(invocation.outputs?.[0]).toMatchObject({ data: { replayed: false } });
    expect(on.sandbox.created).toHaveLength(2);
    expect(flow.writes).toHaveLength(1);
  });

  it("when a failed execution writes its state, its retry replays", async () => {
    const flow = new PrismaticFlow({ steps: [byOrder], maxAttempts: 2, stateOnFailure: "kept" });
    const invocation = await flow.invoke({ order: 4 }, { failAfterStep: { index: 0, times: 1 } });

    expect(invocation.outputs?.[0]).toMatchObject({ data: { replayed: true } });
    expect(on.sandbox.created).toHaveLength(1);
    expect(flow.writes).toHaveLength(1);
  });

  it("an invocation that fails on every attempt ends with the last error", async () => {
    const flow = new PrismaticFlow({ steps: [byOrder], maxAttempts: 2 });
    const invocation = await flow.invoke({ order: 5 }, { failAfterStep: { index: 0, times: 2 } });

    expect(invocation.error).toBeInstanceOf(InjectedFailure);
    expect(invocation.attempts).toHaveLength(2);
    expect(flow.stored).toEqual({});
  });

  it("a redelivery can arrive while the first execution runs", async () => {
    const flow = new PrismaticFlow({ steps: [byOrder, byOrder] });
    let redelivery: Promise<unknown> | undefined;
    const first = flow.invoke(
      { order: 6 },
      {
        onStep: (index, attempt) => {
          if (index === 1 && attempt === 1 && !redelivery) redelivery = flow.invoke({ order: 6 });
        },
      },
    );
    await first;
    await redelivery;

    // The first execution replays its own key in its second step; the redelivery started from the empty state.
    expect(on.sandbox.created).toHaveLength(2);
  });
});
