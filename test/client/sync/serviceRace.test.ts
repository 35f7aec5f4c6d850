import { useInstantWaits } from "../../support/fakeClock";
import { ACCOUNT_SID, authTokenConnection } from "../../support/harness";
import { interleaving, PrismaticFlow, type StepContext } from "../../support/prismaticRunner";
import { startTestSandbox } from "../../support/sandbox";

/** Executions that each use the component's Sync service for the first time, at once (src/client/sync/maps.ts). */
describe("the component's Sync service on first use by parallel executions", () => {
  useInstantWaits();

  it("is one service for all of them, so a key's message is sent once, round after round", async () => {
    const server = await startTestSandbox({ latencyMs: interleaving(11, 10) });
    try {
      const step = (context: StepContext) =>
        context.action("sendSMS", {
          twilioConnection: authTokenConnection(server.url),
          to: "+15558675310",
          from: "+15017122661",
          message: "Your order has shipped.",
          idempotencyKey: "order-1",
        });
      const rounds: string[] = [];
      for (let round = 0; round < 15; round++) {
        server.reset();
        await new PrismaticFlow({ steps: [step] }).invokeAll([{}, {}, {}]);
        const services = server.inspect<{ sid: string }[]>("sync", ACCOUNT_SID) ?? [];
        rounds.push(`${server.created.length} sent, ${services.length} service(s)`);
      }
      expect(rounds).toEqual(Array(15).fill("1 sent, 1 service(s)"));
    } finally {
      await server.close();
    }
  }, 60_000);
});
