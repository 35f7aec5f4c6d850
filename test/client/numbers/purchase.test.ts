import type { ClaimData } from "../../../src/client/claims/syncClaims";
import type { PurchaseResult } from "../../../src/client/numbers/purchase";
import { useInstantWaits } from "../../support/fakeClock";
import { ACCOUNT_SID, authTokenConnection, failureOf, harness } from "../../support/harness";
import { interleaving, PrismaticFlow, type StepContext } from "../../support/prismaticRunner";
import { sandboxPerCase } from "../../support/sandbox";

type SyncState = { maps: { items: Map<string, { data: ClaimData }> }[] }[];

/** buyPhoneNumber with its Idempotency Key claimed in the sandbox's Sync, on Prismatic's execution model. */
describe("number purchases claimed in Twilio Sync", () => {
  useInstantWaits();
  const on = sandboxPerCase({ latencyMs: interleaving(11, 10) });

  const inputs = (overrides: Record<string, unknown> = {}) => ({
    twilioConnection: authTokenConnection(on.sandbox.url),
    phoneNumber: "+14155550103",
    idempotencyKey: "customer-8-line",
    ...overrides,
  });
  const buyStep = (step: StepContext) => step.action("buyPhoneNumber", inputs());
  const purchasePosts = async () =>
    (((await on.sandbox.control("GET", "requests", {})) as { requests?: { method: string; path: string }[] }).requests ?? []).filter(
      (request) => request.method === "POST" && /IncomingPhoneNumbers\.json$/.test(request.path),
    );
  const claims = () =>
    (on.sandbox.inspect<SyncState>("sync", ACCOUNT_SID) ?? []).flatMap((service) =>
      service.maps.flatMap((map) => [...map.items.values()].map((item) => item.data)),
    );

  it("two executions with one key buy the number once; the other and a rerun replay it", async () => {
    const flow = new PrismaticFlow({ steps: [buyStep] });
    const runs = await flow.invokeAll([{}, {}]);

    expect(await purchasePosts()).toHaveLength(1);
    const outputs = runs.map((run) => (run.outputs as { data: PurchaseResult }[])[0].data);
    const bought = outputs.find((output) => !output.replayed);
    expect(bought).toMatchObject({ outcome: "bought", phoneNumber: "+14155550103", sid: expect.stringMatching(/^PN/) });
    expect(outputs.map((output) => output.sid)).toEqual([bought?.sid, bought?.sid]);
    expect(outputs.filter((output) => output.replayed)).toHaveLength(1);
    expect(claims()).toEqual([expect.objectContaining({ s: bought?.sid })]);

    const [rerun] = await flow.invokeAll([{}]);
    expect((rerun.outputs as { data: PurchaseResult }[])[0].data).toMatchObject({ sid: bought?.sid, replayed: true });
    expect(await purchasePosts()).toHaveLength(1);
    expect(flow.stored).toEqual({});
  });

  it("a purchase left unrecorded by an execution that stopped is found among the account's numbers, not bought again", async () => {
    on.sandbox.faults.set([{ kind: "reset-before", method: "POST", path: "/Items/" }]);
    await harness.action("buyPhoneNumber", inputs());
    on.sandbox.faults.set([]);
    expect(claims()).toEqual([expect.objectContaining({ s: null })]);
    for (const claim of claims()) claim.at -= 10 * 60 * 1000;

    const { data } = (await harness.action("buyPhoneNumber", inputs())) as { data: PurchaseResult };
    expect(data).toMatchObject({ outcome: "bought", replayed: true, reconciled: true, phoneNumber: "+14155550103" });
    expect(await purchasePosts()).toHaveLength(1);
    expect(claims()).toEqual([expect.objectContaining({ s: data.sid })]);
  });

  it("the key with other inputs is an input error and buys nothing more", async () => {
    await harness.action("buyPhoneNumber", inputs());
    const error = await failureOf(harness.action("buyPhoneNumber", inputs({ phoneNumber: "+14155550104" })));
    expect(error.message).toMatch(/Idempotency Key/);
    expect(await purchasePosts()).toHaveLength(1);
  });
});
