import { type ClaimData, claimMapName } from "../../../src/client/claims/syncClaims";
import { keyHash } from "../../../src/client/idempotency";
import { COMPONENT_SYNC_SERVICE_NAME } from "../../../src/client/sync/componentService";
import { InputError } from "../../../src/client/transport/errors";
import { useInstantWaits } from "../../support/fakeClock";
import { ACCOUNT_SID, AUTH_TOKEN, authTokenConnection, failureOf, harness } from "../../support/harness";
import { interleaving, PrismaticFlow, type StepContext } from "../../support/prismaticRunner";
import { sandboxPerCase } from "../../support/sandbox";

type SyncState = {
  sid: string;
  fields: Record<string, unknown>;
  maps: { uniqueName: string; items: Map<string, { data: ClaimData }> }[];
}[];
type Sent = { data: { sid: string; replayed: boolean; reconciled: boolean } };

/** sendSMS with its keys claimed in the sandbox's Sync, run on Prismatic's execution model. */
describe("idempotency keys claimed in Twilio Sync", () => {
  useInstantWaits();
  const on = sandboxPerCase({ latencyMs: interleaving(11, 10) });

  const inputs = (overrides: Record<string, unknown> = {}) => ({
    twilioConnection: authTokenConnection(on.sandbox.url),
    to: "+15558675310",
    from: "+15017122661",
    message: "Your order #1234 has shipped.",
    idempotencyKey: "order-1234-shipped",
    ...overrides,
  });
  const sendStep =
    (overrides: Record<string, unknown> = {}) =>
    (step: StepContext) =>
      step.action("sendSMS", inputs(overrides));
  const claims = () =>
    (on.sandbox.inspect<SyncState>("sync", ACCOUNT_SID) ?? []).flatMap((service) =>
      service.maps.flatMap((map) => [...map.items.values()].map((item) => item.data)),
    );
  /** As if the execution that took each claim had stopped `ms` ago. */
  const ageClaims = (ms: number) => {
    for (const claim of claims()) claim.at -= ms;
  };
  const STALE = 10 * 60 * 1000;

  it("parallel executions with one key send once: the others replay it (both failure-state variants)", async () => {
    for (const stateOnFailure of ["discarded", "kept"] as const) {
      on.sandbox.reset();
      const flow = new PrismaticFlow({ steps: [sendStep()], stateOnFailure });
      const runs = await flow.invokeAll([{}, {}, {}]);

      expect(on.sandbox.created).toHaveLength(1);
      const outputs = runs.map((run) => (run.outputs as Sent[])[0].data);
      expect(outputs.map((output) => output.sid)).toEqual(Array(3).fill(on.sandbox.created[0].sid));
      expect(outputs.filter((output) => !output.replayed)).toHaveLength(1);
      expect(claims()).toEqual([expect.objectContaining({ s: on.sandbox.created[0].sid })]);
      // Nothing in the flow's state: the claim is in Sync.
      expect(flow.stored).toEqual({});
    }
  });

  it("the component creates its Sync Service and Map on first use, and finds them again", async () => {
    const flow = new PrismaticFlow({ steps: [sendStep()] });
    await flow.invoke();
    await flow.invoke();
    await new PrismaticFlow({ steps: [sendStep({ idempotencyKey: "order-1235-shipped" })] }).invoke();

    const services = on.sandbox.inspect<SyncState>("sync", ACCOUNT_SID) ?? [];
    expect(services.map((service) => service.fields.FriendlyName)).toEqual([COMPONENT_SYNC_SERVICE_NAME]);
    expect(on.sandbox.created).toHaveLength(2);
  });

  it("an execution that fails after its send and saves no state is retried from its first step, and sends nothing again", async () => {
    const flow = new PrismaticFlow({ steps: [sendStep()], maxAttempts: 3 });
    const run = await flow.invoke({}, { failAfterStep: { index: 0, times: 2 } });

    expect(run.attempts).toHaveLength(3);
    expect(on.sandbox.created).toHaveLength(1);
    expect((run.outputs as Sent[])[0].data).toMatchObject({ sid: on.sandbox.created[0].sid, replayed: true });
  });

  it("a redelivery that arrives while the first execution runs sends nothing", async () => {
    const flow = new PrismaticFlow({ steps: [sendStep(), async () => new Promise((resolve) => setTimeout(resolve, 50))] });
    let redelivery: Promise<unknown> | undefined;
    const onStep = (index: number) => {
      if (index === 1 && !redelivery) redelivery = flow.invoke();
    };
    await flow.invoke({}, { onStep });
    await redelivery;

    expect(on.sandbox.created).toHaveLength(1);
  });

  it("the key with other content is an input error before anything is sent", async () => {
    await harness.action("sendSMS", inputs());
    const error = await failureOf(harness.action("sendSMS", inputs({ message: "Your order #1234 is delayed." })));

    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toMatch(/^Input "Idempotency Key": expected a key not used for other content: it was used on .* to create SM/);
    expect(on.sandbox.created).toHaveLength(1);
  });

  it("a claim whose answer was lost is read back and recognised as this execution's own: sent once", async () => {
    // The key's claim Map exists first (a claim of another key in it made it), so the lost answer is that of a claim actually created.
    const mapOfKey = claimMapName(keyHash(inputs().idempotencyKey));
    const warmKey = Array.from({ length: 100 }, (_, i) => `warm-${i}`).find((key) => claimMapName(keyHash(key)) === mapOfKey);
    await harness.action("sendSMS", inputs({ idempotencyKey: warmKey, to: "+15558674000" }));
    expect(on.sandbox.inspect<SyncState>("sync", ACCOUNT_SID)?.[0].maps.map((map) => map.uniqueName)).toEqual([mapOfKey]);
    on.sandbox.faults.set([{ kind: "reset-after", method: "POST", path: "/Items$", times: 1 }]);
    const { data } = (await harness.action("sendSMS", inputs())) as Sent;

    const sent = on.sandbox.created.filter((message) => message.to === "+15558675310");
    expect(sent).toHaveLength(1);
    expect(data).toMatchObject({ sid: sent[0].sid, replayed: false });
    expect(claims()).toContainEqual(expect.objectContaining({ s: sent[0].sid }));
  });

  it("a claim that cannot be taken at all sends nothing and says it is safe to retry", async () => {
    on.sandbox.faults.set([{ kind: "500-before", path: "/Items" }]);
    const error = await failureOf(harness.action("sendSMS", inputs()));

    expect(error.message).toMatch(/^The idempotency key could not be claimed in Twilio Sync .* so this step sent nothing\. Retry/);
    expect(on.sandbox.created).toHaveLength(0);
  });

  describe("a claim left without a SID", () => {
    /** The first execution sends, then every Sync write fails: its claim never gets the SID. */
    const sendWithoutRecording = async () => {
      on.sandbox.faults.set([{ kind: "reset-before", method: "POST", path: "/Items/" }]);
      await harness.action("sendSMS", inputs());
      on.sandbox.faults.set([]);
      expect(claims()).toEqual([expect.objectContaining({ s: null })]);
    };

    it("by a running execution: a later one waits briefly, then fails with a retryable 'in progress' and sends nothing", async () => {
      await sendWithoutRecording();
      const error = await failureOf(harness.action("sendSMS", inputs()));

      expect(error.message).toMatch(/^Another execution of this flow is creating the message for this idempotency key right now/);
      expect(error).toMatchObject({ retryable: true });
      expect(on.sandbox.created).toHaveLength(1);
    });

    it("by an execution that stopped, whose message is in the log: replayed, not sent again", async () => {
      await sendWithoutRecording();
      ageClaims(STALE);
      const { data } = (await harness.action("sendSMS", inputs())) as Sent;

      expect(on.sandbox.created).toHaveLength(1);
      expect(data).toMatchObject({ sid: on.sandbox.created[0].sid, replayed: true, reconciled: true });
      expect(claims()).toEqual([expect.objectContaining({ s: on.sandbox.created[0].sid })]);
    });

    it("by an execution that stopped before sending: proven absent from the log, sent once", async () => {
      on.sandbox.faults.set([{ kind: "reset-before", method: "POST", path: "/Messages.json" }]);
      await failureOf(harness.action("sendSMS", inputs()));
      on.sandbox.faults.set([]);
      expect(on.sandbox.created).toHaveLength(0);
      ageClaims(STALE);
      const { data } = (await harness.action("sendSMS", inputs())) as Sent;

      expect(on.sandbox.created).toHaveLength(1);
      expect(data).toMatchObject({ sid: on.sandbox.created[0].sid, replayed: false });
    });

    it("when the log cannot be read: 'may have been created', nothing sent again", async () => {
      await sendWithoutRecording();
      ageClaims(STALE);
      on.sandbox.faults.set([{ kind: "500-before", method: "GET", path: "/Messages.json" }]);
      const error = await failureOf(harness.action("sendSMS", inputs()));

      expect(error.message).toMatch(/^The message for this idempotency key may have been created by an earlier execution/);
      expect(on.sandbox.created).toHaveLength(1);
    });
  });

  describe("makeCall", () => {
    const callInputs = () => ({
      twilioConnection: authTokenConnection(on.sandbox.url),
      to: "+15558675310",
      from: "+15017122661",
      sayText: "Your order shipped.",
      idempotencyKey: "call-order-1234",
    });
    const calls = () => on.sandbox.inspect<{ calls: { sid: string }[] }>("calls", ACCOUNT_SID)?.calls ?? [];

    it("parallel executions with one key place one call", async () => {
      const flow = new PrismaticFlow({ steps: [(step) => step.action("makeCall", callInputs())] });
      const runs = await flow.invokeAll([{}, {}]);

      expect(calls()).toHaveLength(1);
      expect(runs.map((run) => (run.outputs as Sent[])[0].data.sid)).toEqual([calls()[0].sid, calls()[0].sid]);
    });

    it("a call left unrecorded by an execution that stopped is found in the call log, not placed again", async () => {
      on.sandbox.faults.set([{ kind: "reset-before", method: "POST", path: "/Items/" }]);
      await harness.action("makeCall", callInputs());
      on.sandbox.faults.set([]);
      ageClaims(STALE);
      const { data } = (await harness.action("makeCall", callInputs())) as Sent;

      expect(calls()).toHaveLength(1);
      expect(data).toMatchObject({ sid: calls()[0].sid, replayed: true });
    });
  });

  it("a connection that may not use Sync gets an error that says so and names the alternatives; nothing is sent", async () => {
    // What Twilio answers a connection that may not use Sync (a restricted API key): 403, 20403.
    on.sandbox.faults.set([{ kind: "refused", path: "^/sync/", code: 20403 }]);
    const error = await failureOf(harness.action("sendSMS", inputs()));
    expect(error.message).toMatch(/^This connection may not use Twilio Sync.*Nothing was sent. Set Idempotency Store to "Flow State"/);
    expect(on.sandbox.requests.filter((request) => request.path.endsWith("/Messages.json"))).toHaveLength(0);
  });

  it("a named Sync Service is used as it is", async () => {
    const created = await fetch(`${on.sandbox.url}/sync/v1/Services`, {
      method: "POST",
      headers: { authorization: `Basic ${Buffer.from(`${ACCOUNT_SID}:${AUTH_TOKEN}`).toString("base64")}` },
      body: new URLSearchParams({ FriendlyName: "Acme claims" }),
    }).then((answer) => answer.json() as Promise<{ sid: string }>);
    await harness.action("sendSMS", inputs({ syncService: created.sid }));

    const services = on.sandbox.inspect<SyncState>("sync", ACCOUNT_SID) ?? [];
    expect(services).toHaveLength(1);
    expect(services[0].maps[0].items.size).toBe(1);
  });
});
