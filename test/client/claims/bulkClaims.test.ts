import { CHUNK_SIZE } from "../../../src/client/claims/bulkClaims";
import type { BulkSendResult } from "../../../src/client/messages/bulkSend";
import { InputError } from "../../../src/client/transport/errors";
import { installFakeClock, useInstantWaits } from "../../support/fakeClock";
import { authTokenConnection, failureOf, harness } from "../../support/harness";
import { interleaving, PrismaticFlow, type StepContext } from "../../support/prismaticRunner";
import { startTestSandbox, type TestSandbox } from "../../support/sandbox";

/** Keyed bulk sends with their recipients claimed in Sync a chunk at a time, on Prismatic's execution model. */
describe("keyed bulk sends claimed in Twilio Sync", () => {
  useInstantWaits();
  let server: TestSandbox;
  beforeEach(async () => {
    server = await startTestSandbox({ latencyMs: interleaving(5, 5) });
  });
  afterEach(() => server.close());

  // Three chunks, the last one partial.
  const RECIPIENTS = Array.from({ length: CHUNK_SIZE * 2 + 7 }, (_, i) => `+1555${String(8_000_000 + i)}`);
  const inputs = (overrides: Record<string, unknown> = {}) => ({
    twilioConnection: authTokenConnection(server.url),
    recipients: RECIPIENTS,
    from: "+15017122661",
    message: "Doors open at 7.",
    concurrency: "10",
    idempotencyKey: "event-42-doors",
    ...overrides,
  });
  const bulkStep =
    (overrides: Record<string, unknown> = {}) =>
    (step: StepContext) =>
      step.action("sendBulkSMS", inputs(overrides));
  const resultOf = (output: unknown) => (output as { data: BulkSendResult }).data;
  const createdPerRecipient = () => {
    const counts = new Map<string, number>();
    for (const message of server.created) counts.set(message.to, (counts.get(message.to) ?? 0) + 1);
    return counts;
  };

  it("the same bulk step run twice at once sends nobody twice, and every recipient is reported sent once", async () => {
    const flow = new PrismaticFlow({ steps: [bulkStep()] });
    const runs = await flow.invokeAll([{}, {}]);

    const counts = createdPerRecipient();
    expect([...counts.values()].every((count) => count === 1)).toBe(true);
    expect(counts.size).toBe(RECIPIENTS.length);
    const rows = runs.flatMap((run) => resultOf(run.outputs?.[0]).results);
    for (const to of RECIPIENTS) {
      const outcomes = rows.filter((row) => row.to === to).map((row) => row.outcome);
      expect(outcomes.filter((outcome) => outcome === "sent")).toHaveLength(1);
      // The other run either replayed it or said it was being sent by another execution: never a second send.
      expect(outcomes.every((outcome) => ["sent", "replayed", "failed"].includes(outcome))).toBe(true);
    }
  });

  it("a bulk step that fails after sending, saves no state and is retried sends nobody again: all replayed", async () => {
    const flow = new PrismaticFlow({ steps: [bulkStep()], maxAttempts: 2 });
    const run = await flow.invoke({}, { failAfterStep: { index: 0, times: 1 } });

    expect(server.created).toHaveLength(RECIPIENTS.length);
    const retry = resultOf(run.outputs?.[0]);
    expect(new Set(retry.results.map((row) => row.outcome))).toEqual(new Set(["replayed"]));
    expect(retry.results.map((row) => row.messageSid).sort()).toEqual(server.created.map((message) => message.sid).sort());
  });

  it("a step stopped by its time budget leaves the rest to Continue From, under the same claims", async () => {
    server.close();
    server = await startTestSandbox({ createDelayMs: 300 });
    // Each send takes 300 ms on the fake clock, so the budget runs out as in real time, without the wait.
    const realClock = installFakeClock();
    let first: BulkSendResult;
    let rest: BulkSendResult;
    try {
      first = resultOf(await harness.action("sendBulkSMS", inputs({ concurrency: "2", timeBudget: "1" })));
      expect(first.remainingCount).toBeGreaterThan(0);
      rest = resultOf(await harness.action("sendBulkSMS", inputs({ concurrency: "20", continueFrom: first.continueFrom ?? undefined })));
    } finally {
      realClock();
    }

    expect(first.results.length + rest.results.length).toBe(RECIPIENTS.length);
    expect(new Set(rest.results.map((row) => row.outcome))).toEqual(new Set(["sent"]));
    expect([...createdPerRecipient().values()].every((count) => count === 1)).toBe(true);
    expect(server.created).toHaveLength(RECIPIENTS.length);
  });

  it("the key with another message is an input error before anything is sent", async () => {
    await harness.action("sendBulkSMS", inputs());
    const error = await failureOf(harness.action("sendBulkSMS", inputs({ message: "Doors open at 8." })));

    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toMatch(/^Input "Idempotency Key": expected a key not used for other content/);
    expect(server.created).toHaveLength(RECIPIENTS.length);
  });
});
