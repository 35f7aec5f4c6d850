import { authTokenConnection } from "../support/harness";
import { PrismaticFlow } from "../support/prismaticRunner";
import { messageSid, sandboxPerCase } from "../support/sandbox";

/** What a polling flow promises on Prismatic's execution model: once per completed execution, again after a failed one. */
describe("polling triggers on Prismatic's execution model", () => {
  const on = sandboxPerCase({ maxPageSize: 3 });

  const add = (sid: number, sentAt: number) =>
    on.sandbox.addMessage({
      sid: messageSid(sid),
      direction: "inbound",
      from: "+15558675310",
      to: "+15017122661",
      body: `m${sid}`,
      sentAt,
    });
  const delivered = (output: unknown) => (output as { sid: string }[]).map((message) => message.sid);

  for (const stateOnFailure of ["discarded", "kept"] as const) {
    it(`each message once by executions that complete; a failed one's messages come again when its state is ${stateOnFailure}`, async () => {
      const flow = new PrismaticFlow({
        trigger: { key: "pollChangesTrigger", inputs: { connection: authTokenConnection(on.sandbox.url) } },
        steps: [async (step) => (step.payload.body as { data: unknown[] }).data],
        stateOnFailure,
      });
      await flow.invoke();
      const second = (Math.floor(Date.now() / 1000) + 1) * 1000;
      add(1, second);
      add(2, second);
      const failed = await flow.invoke({}, { failAfterStep: { index: 0, times: 1 } });
      const next = await flow.invoke();
      add(3, second + 1000);
      const last = await flow.invoke();

      expect(delivered(failed.attempts[0].outputs[0])).toEqual([messageSid(1), messageSid(2)]);
      const again = delivered(next.outputs?.[0]);
      if (stateOnFailure === "discarded") expect(again).toEqual([messageSid(1), messageSid(2)]);
      // When a failed execution does write its state, its messages are not delivered again: the documented gap.
      else expect(again).toEqual([]);
      expect(delivered(last.outputs?.[0])).toEqual([messageSid(3)]);
    });
  }
});
