import { failureOf } from "../../support/harness";
import { type LoopbackServer, startLoopbackServer, twilioErrorBody } from "../../support/loopback";
import { details, EXECUTION_PATH, EXECUTION_SID, execution, FLOW_SID, sandboxWithFlow, start } from "./support";

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
  let server: LoopbackServer;
  afterEach(() => server?.close());

  const step = (n: number) => ({
    sid: `FT${String(n).padStart(32, "0")}`,
    name: `widget_${n}`,
    transitioned_from: n === 1 ? "Trigger" : `widget_${n - 1}`,
    transitioned_to: `widget_${n + 1}`,
    parent_step_sid: null,
    context: { n },
    date_created: "2026-11-20T16:04:32Z",
  });

  /** An execution with `stepCount` steps, served in pages of the size asked for. */
  const studio = (stepCount: number) =>
    startLoopbackServer((req) => {
      if (req.path === EXECUTION_PATH) return { status: 200, json: execution({ status: "ended" }) };
      if (req.path === `${EXECUTION_PATH}/Context`) return { status: 200, json: { context: { flow: { data: { orderId: "1234" } } } } };
      if (req.path === `${EXECUTION_PATH}/Steps`) {
        const pageSize = Number(req.query.get("PageSize"));
        const from = Number(req.query.get("PageToken") ?? 0);
        const to = Math.min(from + pageSize, stepCount);
        const steps = Array.from({ length: to - from }, (_, i) => step(from + i + 1));
        const next =
          to < stepCount
            ? `https://studio.twilio.com/v2/Flows/${FLOW_SID}/Executions/${EXECUTION_SID}/Steps?PageSize=${pageSize}&PageToken=${to}`
            : null;
        return { status: 200, json: { steps, meta: { key: "steps", next_page_url: next } } };
      }
      return { status: 404, json: twilioErrorBody(20404, "Not found", 404) };
    });

  it("returns the execution with its context and every step, over several pages", async () => {
    server = await studio(450);
    const { data } = await details(server.url);
    expect(data).toMatchObject({ status: "ended", context: { flow: { data: { orderId: "1234" } } }, hasMoreSteps: false });
    expect(data.steps).toHaveLength(450);
    expect(data.steps[0]).toEqual({
      sid: `FT${"1".padStart(32, "0")}`,
      name: "widget_1",
      transitionedFrom: "Trigger",
      transitionedTo: "widget_2",
      parentStepSid: null,
      context: { n: 1 },
      dateCreated: "2026-11-20T16:04:32.000Z",
    });
    expect(server.requests.filter((req) => req.path.endsWith("/Steps")).map((req) => req.query.get("PageSize"))).toEqual([
      "200",
      "200",
      "200",
    ]);
  });

  it("stops at 1000 steps and says there are more", async () => {
    server = await studio(1300);
    const { data } = await details(server.url);
    expect(data.steps).toHaveLength(1000);
    expect(data.hasMoreSteps).toBe(true);
  });

  it("refuses an execution SID that is not one before any request", async () => {
    server = await studio(0);
    const error = await failureOf(details(server.url, { executionSid: "FN../../Flows" }));
    expect(error.message).toMatch(/^Input "Execution SID": expected a Studio execution SID/);
    expect(server.requests).toHaveLength(0);
  });
});
