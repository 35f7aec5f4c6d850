import { useInstantWaits } from "../../support/fakeClock";
import { ACCOUNT_SID, authTokenConnection, harness, recordingLogger } from "../../support/harness";
import { interleaving, PrismaticFlow, type StepContext } from "../../support/prismaticRunner";
import { sandboxPerCase } from "../../support/sandbox";
import { signedFormPayload } from "../../support/signedWebhook";

type Delivered = {
  payload: { redelivered: boolean };
  response?: { statusCode: number };
  instanceState?: Record<string, unknown>;
};

/** The webhook trigger's redelivered flag, and a reply keyed by Twilio's token, on Prismatic's execution model. */
describe("webhook deliveries of one I-Twilio-Idempotency-Token arriving together", () => {
  useInstantWaits();
  const on = sandboxPerCase({ latencyMs: interleaving(3, 10) });

  const FLOW_URL = "https://hooks.example.com/trigger/inbound-sms";
  const TOKEN = "5f2c8a1e-0b7d-4c39-9a61-3e4d2f7b8c90";
  const delivery = () => {
    const payload = signedFormPayload(
      { MessageSid: `SM${"7a9d0c7e3b1f4e5a".repeat(2)}`, AccountSid: ACCOUNT_SID, From: "+15558675310", To: "+15017122661", Body: "YES" },
      { flowName: "Inbound SMS", flowUrl: FLOW_URL },
    );
    return { ...payload, headers: { ...payload.headers, "I-Twilio-Idempotency-Token": TOKEN } } as Record<string, unknown>;
  };
  const reply = (step: StepContext) =>
    step.action("sendSMS", {
      twilioConnection: authTokenConnection(on.sandbox.url),
      to: "+15558675310",
      from: "+15017122661",
      message: "Got it!",
      idempotencyKey: String(step.payload.idempotencyToken),
    });
  const flowWith = (idempotencyStore?: string) =>
    new PrismaticFlow({
      trigger: {
        key: "webhook",
        inputs: { connection: authTokenConnection(on.sandbox.url), ...(idempotencyStore ? { idempotencyStore } : {}) },
      },
      steps: [async (step) => step.payload.redelivered, reply],
    });

  it("with Twilio Sync, every delivery after the first is a redelivery, and the reply is sent once", async () => {
    const runs = await flowWith("sync").invokeAll([delivery(), delivery(), delivery()]);

    expect(runs.map((run) => run.outputs?.[0]).sort()).toEqual([false, true, true]);
    expect(on.sandbox.created).toHaveLength(1);
  });

  it("with Flow State, deliveries during the first execution are not recognised (the documented gap), yet the Sync-keyed reply is sent once", async () => {
    const runs = await flowWith("flowState").invokeAll([delivery(), delivery()]);

    expect(runs.map((run) => run.outputs?.[0])).toEqual([false, false]);
    expect(on.sandbox.created).toHaveLength(1);
  });

  describe("the trigger's default store", () => {
    it("is Twilio Sync, also for an instance whose Idempotency Store was never set: deliveries arriving together are told apart", async () => {
      const runs = await flowWith().invokeAll([delivery(), delivery(), delivery()]);

      expect(runs.map((run) => run.outputs?.[0]).sort()).toEqual([false, true, true]);
      expect(on.sandbox.requests.some((request) => request.path.startsWith("/sync/"))).toBe(true);
      expect(on.sandbox.created).toHaveLength(1);
    });

    it("never refuses a delivery when Sync cannot answer: the flow's state decides and a warning says why", async () => {
      // Sync refuses this connection, as for an API key without Sync access.
      on.sandbox.faults.set([{ kind: "refused", path: "^/sync/", code: 20003 }]);
      const { lines, logger } = recordingLogger();
      const trigger = { connection: authTokenConnection(on.sandbox.url) };
      const deliver = async (instanceState: Record<string, unknown>) =>
        (await harness.trigger("webhook", delivery(), trigger, { instanceState, logger })) as unknown as Delivered;
      const first = await deliver({});
      const again = await deliver(first.instanceState ?? {});

      expect([first.response?.statusCode, again.response?.statusCode]).toEqual([200, 200]);
      expect([first.payload.redelivered, again.payload.redelivered]).toEqual([false, true]);
      expect(
        lines.filter((line) => line.includes('Idempotency Store "Twilio Sync" could not tell whether this delivery was seen before')),
      ).toHaveLength(2);
    });
  });
});
