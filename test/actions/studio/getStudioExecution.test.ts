import { iso8601 } from "../../../sandbox/core/clock";
import { ACCOUNT_SID, failureOf } from "../../support/harness";
import { actionsPerCase } from "../support";
import { createFlow, details, sandboxWithFlow, start } from "./support";

describe("Studio on the sandbox, held to Twilio's official spec", () => {
  const on = sandboxWithFlow();

  it("gets an execution with its context and steps", async () => {
    const started = await start(on.twilio.url, { flow: on.flowSid, parameters: [{ key: "foo", value: "bar" }] });
    const { data } = await details(on.twilio.url, { flow: on.flowSid, executionSid: started.data.sid });
    expect(data).toMatchObject({
      sid: started.data.sid,
      context: expect.objectContaining({ flow: expect.objectContaining({ data: { foo: "bar" } }) }),
      steps: [],
      hasMoreSteps: false,
    });
  });
});

describe("getStudioExecution", () => {
  const on = actionsPerCase();

  /** An execution, with orderId 1234, of a flow of `widgets` widgets, ended a second later on the sandbox's clock as Twilio's would. */
  const endedExecution = async (widgets: number) => {
    const states = Array.from({ length: widgets }, (_, i) => ({ name: `widget_${i + 1}` }));
    const flow = await createFlow(on.sandbox, { states });
    const started = await start(on.sandbox.url, { flow, parameters: [{ key: "orderId", value: "1234" }] });
    await on.sandbox.clock.advance(1_000);
    return { flow, executionSid: started.data.sid };
  };
  const ended = () => on.sandbox.inspect<{ executions: { updated: number }[] }>("studio", ACCOUNT_SID)?.executions[0].updated ?? 0;

  it("returns the execution with its context and every step, over several pages", async () => {
    const { data } = await details(on.sandbox.url, await endedExecution(450));
    expect(data).toMatchObject({ status: "ended", context: { flow: { data: { orderId: "1234" } } }, hasMoreSteps: false });
    expect(data.steps).toHaveLength(450);
    expect(data.steps.find((step) => step.name === "widget_1")).toEqual({
      sid: expect.stringMatching(/^FT[0-9a-f]{32}$/),
      name: "widget_1",
      transitionedFrom: "Trigger",
      transitionedTo: "widget_2",
      parentStepSid: null,
      context: {},
      dateCreated: new Date(iso8601(ended())).toISOString(),
    });
    expect(on.sandbox.requests.filter((req) => req.path.endsWith("/Steps")).map((req) => req.query.get("PageSize"))).toEqual([
      "200",
      "200",
      "200",
    ]);
  });

  it("stops at 1000 steps and says there are more", async () => {
    const { data } = await details(on.sandbox.url, await endedExecution(1300));
    expect(data.steps).toHaveLength(1000);
    expect(data.hasMoreSteps).toBe(true);
  });

  it("refuses an execution SID that is not one before any request", async () => {
    const error = await failureOf(details(on.sandbox.url, { executionSid: "FN../../Flows" }));
    expect(error.message).toMatch(/^Input "Execution SID": expected a Studio execution SID/);
    expect(on.sandbox.requests).toHaveLength(0);
  });
});
