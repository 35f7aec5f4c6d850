import type { ClaimData } from "../../../src/client/claims/syncClaims";
import type { ConversationMessageRecord } from "../../../src/client/conversations/records";
import { useInstantWaits } from "../../support/fakeClock";
import { ACCOUNT_SID, authTokenConnection, failureOf, harness } from "../../support/harness";
import { interleaving, PrismaticFlow, type StepContext } from "../../support/prismaticRunner";
import { sandboxPerCase } from "../../support/sandbox";

type SyncState = { maps: { items: Map<string, { data: ClaimData }> }[] }[];
type Sent = { data: ConversationMessageRecord & { replayed: boolean } };

/** sendConversationMessage with its Idempotency Key claimed in the sandbox's Sync, on Prismatic's execution model. */
describe("conversation messages claimed in Twilio Sync", () => {
  useInstantWaits();
  let conversation: string;
  const on = sandboxPerCase({ latencyMs: interleaving(11, 10) });
  beforeEach(async () => {
    const created = (await harness.action("createConversation", {
      twilioConnection: authTokenConnection(on.sandbox.url),
      friendlyName: "Order 1234 support",
    })) as { data: { sid: string } };
    conversation = created.data.sid;
  });

  const inputs = (overrides: Record<string, unknown> = {}) => ({
    twilioConnection: authTokenConnection(on.sandbox.url),
    conversation,
    author: "agent.jane",
    body: "Your order has shipped.",
    idempotencyKey: "order-1234-shipped",
    ...overrides,
  });
  const sendStep = (step: StepContext) => step.action("sendConversationMessage", inputs());
  const messages = async () =>
    (
      (await harness.action("listConversationMessages", { twilioConnection: authTokenConnection(on.sandbox.url), conversation })) as {
        data: { items: ConversationMessageRecord[] };
      }
    ).data.items;
  const claims = () =>
    (on.sandbox.inspect<SyncState>("sync", ACCOUNT_SID) ?? []).flatMap((service) =>
      service.maps.flatMap((map) => [...map.items.values()].map((item) => item.data)),
    );
  const ageClaims = () => {
    for (const claim of claims()) claim.at -= 10 * 60 * 1000;
  };

  it("two executions with one key send once; the other and a rerun replay the message", async () => {
    const flow = new PrismaticFlow({ steps: [sendStep] });
    const runs = await flow.invokeAll([{}, {}]);

    const stored = await messages();
    expect(stored).toHaveLength(1);
    const outputs = runs.map((run) => (run.outputs as Sent[])[0].data);
    expect(outputs.map((output) => output.sid)).toEqual([stored[0].sid, stored[0].sid]);
    expect(outputs.filter((output) => output.replayed)).toHaveLength(1);

    const [rerun] = await flow.invokeAll([{}]);
    expect((rerun.outputs as Sent[])[0].data).toMatchObject({ sid: stored[0].sid, replayed: true });
    expect(await messages()).toHaveLength(1);
    expect(flow.stored).toEqual({});
  });

  it("a message left unrecorded by an execution that stopped is found among the conversation's messages, not sent again", async () => {
    on.sandbox.faults.set([{ kind: "reset-before", method: "POST", path: "/Items/" }]);
    await harness.action("sendConversationMessage", inputs());
    on.sandbox.faults.set([]);
    expect(claims()).toEqual([expect.objectContaining({ s: null })]);
    ageClaims();

    const { data } = (await harness.action("sendConversationMessage", inputs())) as Sent;
    const stored = await messages();
    expect(stored).toHaveLength(1);
    expect(data).toMatchObject({ sid: stored[0].sid, replayed: true });
    expect(claims()).toEqual([expect.objectContaining({ s: stored[0].sid })]);
  });

  it("a stopped execution that sent nothing: other messages since do not count, it is sent once", async () => {
    on.sandbox.faults.set([{ kind: "reset-before", method: "POST", path: "/Messages" }]);
    await failureOf(harness.action("sendConversationMessage", inputs()));
    on.sandbox.faults.set([]);
    await harness.action("sendConversationMessage", inputs({ idempotencyKey: undefined, body: "Another message" }));
    await harness.action("sendConversationMessage", inputs({ idempotencyKey: undefined, author: "agent.joe" }));
    ageClaims();

    const { data } = (await harness.action("sendConversationMessage", inputs())) as Sent;
    expect(data).toMatchObject({ author: "agent.jane", body: "Your order has shipped.", replayed: false });
    expect((await messages()).map((message) => message.sid)).toContain(data.sid);
    expect(await messages()).toHaveLength(3);
  });
});
