import type { FaultKind } from "../../../sandbox";
import { useInstantWaits } from "../../support/fakeClock";
import { ACCOUNT_SID, AUTH_TOKEN, authTokenConnection } from "../../support/harness";
import { interleaving, PrismaticFlow, type StepContext } from "../../support/prismaticRunner";
import { sandboxPerCase } from "../../support/sandbox";

type Started = { data: { sid: string; replayed: boolean } };
const CONTACT = "+15558675310";

/**
 * Start Studio Flow with an Idempotency Key claimed in Sync (the default store), when the start
 * reached Twilio but its answer was lost: the retried execution finds the execution among the
 * flow's executions and replays it; the flow is never started twice for the contact.
 */
describe("Start Studio Flow: a lost answer never starts the flow twice", () => {
  useInstantWaits();
  let flowSid: string;
  const on = sandboxPerCase({ latencyMs: interleaving(23, 5) });
  beforeEach(async () => {
    const created = await fetch(`${on.sandbox.url}/studio/v2/Flows`, {
      method: "POST",
      headers: { authorization: `Basic ${Buffer.from(`${ACCOUNT_SID}:${AUTH_TOKEN}`).toString("base64")}` },
      body: new URLSearchParams({ FriendlyName: "Order follow-up", Status: "published", Definition: "{}" }),
    });
    flowSid = ((await created.json()) as { sid: string }).sid;
  });

  const executions = () =>
    on.sandbox
      .inspect<{ executions: { sid: string; to: string }[] }>("studio", ACCOUNT_SID)
      ?.executions.filter((one) => one.to === CONTACT) ?? [];
  const startStep = (step: StepContext) =>
    step.action("triggerStudioFlow", {
      twilioConnection: authTokenConnection(on.sandbox.url),
      flow: flowSid,
      to: CONTACT,
      from: "+15017122661",
      idempotencyKey: "order-1234-follow-up",
    });
  const loseFirstStartAnswer = (kind: FaultKind) => on.sandbox.faults.set([{ kind, method: "POST", path: "/Executions$", times: 1 }]);

  for (const kind of ["reset-after", "500-after"] as const) {
    for (const stateOnFailure of ["discarded", "kept"] as const) {
      it(`${kind}, state ${stateOnFailure} on failure: the retry replays the execution found in the flow's log`, async () => {
        loseFirstStartAnswer(kind);
        const flow = new PrismaticFlow({ steps: [startStep], maxAttempts: 2, stateOnFailure });
        const run = await flow.invoke();

        expect(executions()).toHaveLength(1);
        // The first attempt could not know whether the flow started; its retry finds out instead of starting it again.
        expect(run.attempts[0].error?.message).toMatch(/may or may not have been accepted|Internal Server Error/);
        expect(run.outputs?.[0]).toMatchObject({ data: { sid: executions()[0].sid, replayed: true } });
        // Later runs with the key replay it from the claim, which now holds its SID.
        const again = (await flow.invoke()).outputs?.[0] as Started;
        expect(again.data).toMatchObject({ sid: executions()[0].sid, replayed: true });
        expect(executions()).toHaveLength(1);
      });
    }
  }

  it("a redelivery running beside the execution whose answer was lost starts nothing either", async () => {
    loseFirstStartAnswer("reset-after");
    const flow = new PrismaticFlow({ steps: [startStep], maxAttempts: 3 });
    const runs = await flow.invokeAll([{}, {}]);

    expect(executions()).toHaveLength(1);
    for (const run of runs) {
      // Replayed, or (while the other still held the claim) a retryable "in progress" that started nothing.
      if (run.outputs) expect(run.outputs[0]).toMatchObject({ data: { sid: executions()[0].sid } });
      else expect(run.error?.message).toMatch(/^Another execution of this flow is creating the Studio execution/);
    }
  }, 30_000);
});
