import { CHUNK_SIZE } from "../../../src/client/claims/bulkClaims";
import { keyHash } from "../../../src/client/idempotency";
import type { BulkSendResult } from "../../../src/client/messages/bulkSend";
import { useFakeClock } from "../../support/fakeClock";
import { authTokenConnection } from "../../support/harness";
import { interleaving, PrismaticFlow, type StepContext } from "../../support/prismaticRunner";
import { sandboxPerCase } from "../../support/sandbox";

const throttled = (request: { path: string; status: number }) => request.path.startsWith("/sync/") && request.status === 429;

/** Claims within Sync's per-Map rate limit (sandbox: 429 with 54009 and Retry-After beyond it), on Prismatic's execution model. */
describe("idempotency claims and Sync's rate limit", () => {
  // The sandbox runs in this process on the same Date: a Retry-After waited out moves its limit window too.
  useFakeClock();
  const on = sandboxPerCase({ latencyMs: interleaving(17, 5) });

  const connection = () => authTokenConnection(on.sandbox.url);
  const createdPerRecipient = () => {
    const counts = new Map<string, number>();
    for (const message of on.sandbox.created) counts.set(message.to, (counts.get(message.to) ?? 0) + 1);
    return counts;
  };

  it("a claim answered 429 is waited out (Retry-After) and sent once; none is ever sent twice", async () => {
    // A limit low enough that parallel executions hit it: 3 operations per Map in any second.
    await on.sandbox.control("POST", "sync/limits", { perSecond: 3, burstSeconds: 1 });
    const send = (step: StepContext) =>
      step.action("sendSMS", {
        twilioConnection: connection(),
        to: String(step.payload.to),
        from: "+15017122661",
        message: "Your order has shipped.",
        idempotencyKey: `order-${step.payload.to}`,
      });
    const flow = new PrismaticFlow({ steps: [send], maxAttempts: 3 });
    const recipients = Array.from({ length: 8 }, (_, i) => `+1555867${5300 + i}`);
    // Every recipient's execution twice at once, as a webhook and its redelivery.
    const runs = await flow.invokeAll([...recipients, ...recipients].map((to) => ({ to })));

    expect(on.sandbox.requests.filter(throttled).length).toBeGreaterThan(0);
    const counts = createdPerRecipient();
    expect(counts.size).toBe(recipients.length);
    expect([...counts.values()].every((count) => count === 1)).toBe(true);
    for (const run of runs) {
      // Succeeded (sent or replayed), or failed saying it sent nothing: never a second message.
      if (run.error) expect(run.error.message).toMatch(/sent nothing/);
    }
  }, 60_000);

  it("a claim whose recording stays throttled past every retry is never sent again: a run meanwhile waits, then sends nothing", async () => {
    const inputs = {
      twilioConnection: connection(),
      to: "+15558675310",
      from: "+15017122661",
      message: "Your order #1234 has shipped.",
      idempotencyKey: "order-1234-shipped",
    };
    const flow = new PrismaticFlow({ steps: [(step) => step.action("sendSMS", inputs)] });
    // Recording the SID on the claim (a POST to the item) is refused 429 on the first try and every retry.
    on.sandbox.faults.set([{ kind: "429", method: "POST", path: "/Items/[^/]+$", retryAfter: 0 }]);
    const throttledRun = await flow.invoke();
    on.sandbox.faults.set([]);
    expect(throttledRun.outputs?.[0]).toMatchObject({ data: { replayed: false } });
    const again = await flow.invoke();

    // The claim has no SID and is fresh: the second run waits, then says another execution is sending; nothing is sent twice.
    expect(again.error?.message).toMatch(/^Another execution of this flow is creating the message/);
    expect(on.sandbox.created.filter((message) => message.to === inputs.to)).toHaveLength(1);
  }, 30_000);

  it("a keyed bulk send claims by chunks: 1,000 recipients never meet Sync's limit", async () => {
    const recipients = Array.from({ length: 1_000 }, (_, i) => `+1555${String(8_100_000 + i)}`);
    const flow = new PrismaticFlow({
      steps: [
        (step) =>
          step.action("sendBulkSMS", {
            twilioConnection: connection(),
            recipients,
            from: "+15017122661",
            message: "Doors open at 7.",
            concurrency: "20",
            idempotencyKey: "event-42-doors",
          }),
      ],
    });
    const run = await flow.invoke();

    const [output] = run.outputs as [{ data: BulkSendResult }];
    expect(output.data.sentCount).toBe(recipients.length);
    expect(on.sandbox.requests.filter(throttled)).toHaveLength(0);
    const syncWrites = on.sandbox.requests.filter((request) => request.path.startsWith("/sync/") && request.method !== "GET");
    // Two writes per chunk of 50 (claim, record), plus the component's service and Maps on first use.
    expect(syncWrites.length).toBeLessThan(recipients.length / 10);
  }, 60_000);

  it("a bulk chunk whose claim stays throttled past every retry fails its rows, sends none of them, and the step records the rest", async () => {
    const recipients = Array.from({ length: CHUNK_SIZE * 2 }, (_, i) => `+1555${String(8_200_000 + i)}`);
    const firstChunk = keyHash("event-7\nchunk 0");
    on.sandbox.faults.use((request) =>
      request.method === "POST" && /\/Items$/.test(request.path) && request.form.get("Key") !== firstChunk ? "429" : undefined,
    );
    const step = (stepContext: StepContext) =>
      stepContext.action("sendBulkSMS", {
        twilioConnection: connection(),
        recipients,
        from: "+15017122661",
        message: "Doors open at 7.",
        idempotencyKey: "event-7",
      });
    const first = await new PrismaticFlow({ steps: [step] }).invoke();
    on.sandbox.faults.use(undefined);
    const rows = (first.outputs as [{ data: BulkSendResult }])[0].data.results;

    expect(rows.slice(0, CHUNK_SIZE).every((row) => row.outcome === "sent")).toBe(true);
    for (const row of rows.slice(CHUNK_SIZE)) {
      expect(row).toMatchObject({
        outcome: "failed",
        errorMessage: expect.stringMatching(/^Not sent: its idempotency claim could not be checked/),
      });
    }
    expect(on.sandbox.created).toHaveLength(CHUNK_SIZE);
    // The first chunk was recorded: run again, it is replayed and only the second chunk is sent.
    const again = await new PrismaticFlow({ steps: [step] }).invoke();
    const outcomes = (again.outputs as [{ data: BulkSendResult }])[0].data.results.map((row) => row.outcome);
    expect(outcomes).toEqual([...Array(CHUNK_SIZE).fill("replayed"), ...Array(CHUNK_SIZE).fill("sent")]);
    expect([...createdPerRecipient().values()].every((count) => count === 1)).toBe(true);
    expect(on.sandbox.created).toHaveLength(recipients.length);
  }, 30_000);

  it("a claim still throttled after every retry fails the step saying nothing was sent and a retry is safe", async () => {
    on.sandbox.faults.set([{ kind: "429", method: "POST", path: "/Items$", retryAfter: 0 }]);
    const flow = new PrismaticFlow({
      steps: [
        (step) =>
          step.action("sendSMS", {
            twilioConnection: connection(),
            to: "+15558675310",
            from: "+15017122661",
            message: "Your order #1234 has shipped.",
            idempotencyKey: "order-1234-shipped",
          }),
      ],
    });
    const run = await flow.invoke();

    expect(run.error?.message).toMatch(
      /^The idempotency key could not be claimed in Twilio Sync \(.*\), so this step sent nothing\. Retry/,
    );
    expect(run.error).toMatchObject({ retryable: true });
    expect(on.sandbox.created).toHaveLength(0);
    on.sandbox.faults.set([]);
    expect((await flow.invoke()).outputs?.[0]).toMatchObject({ data: { replayed: false } });
    expect(on.sandbox.created).toHaveLength(1);
  });
});
