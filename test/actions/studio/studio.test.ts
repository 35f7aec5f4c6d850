import type { Element } from "@prismatic-io/spectral";
import type { StudioExecution, StudioExecutionDetails } from "../../../src/client/studio/executions";
import { InputError, TwilioApiError } from "../../../src/client/transport/errors";
import { ACCOUNT_SID, AUTH_TOKEN, authTokenConnection, failureOf, harness } from "../../support/harness";
import { type LoopbackServer, startLoopbackServer, twilioErrorBody } from "../../support/loopback";
import { startTestSandbox, type TestSandbox } from "../../support/sandbox";

const FLOW_SID = `FW${"0123456789abcdef".repeat(2)}`;
const EXECUTION_SID = `FN${"0123456789abcdef".repeat(2)}`;
const EXECUTIONS_PATH = `/studio/v2/Flows/${FLOW_SID}/Executions`;
const EXECUTION_PATH = `${EXECUTIONS_PATH}/${EXECUTION_SID}`;

const start = (baseUrl: string, params: Record<string, unknown>) =>
  harness.action("triggerStudioFlow", {
    twilioConnection: authTokenConnection(baseUrl),
    flow: FLOW_SID,
    to: "+15558675310",
    from: "+15017122661",
    ...params,
  }) as Promise<{ data: StudioExecution }>;
const details = (baseUrl: string, params: Record<string, unknown> = {}) =>
  harness.action("getStudioExecution", {
    twilioConnection: authTokenConnection(baseUrl),
    flow: FLOW_SID,
    executionSid: EXECUTION_SID,
    ...params,
  }) as Promise<{ data: StudioExecutionDetails }>;

function execution(overrides: Record<string, unknown> = {}) {
  return {
    sid: EXECUTION_SID,
    account_sid: ACCOUNT_SID,
    flow_sid: FLOW_SID,
    contact_channel_address: "+15558675310",
    status: "active",
    date_created: "2026-11-20T16:04:31Z",
    date_updated: "2026-11-20T16:04:31Z",
    url: `https://studio.twilio.com/v2/Flows/${FLOW_SID}/Executions/${EXECUTION_SID}`,
    ...overrides,
  };
}

/** The sandbox Twilio this file's spec-checked cases run on: it keeps what they create. */
let twilio: TestSandbox;
beforeAll(async () => {
  twilio = await startTestSandbox();
});
afterAll(() => twilio.close());

describe("Studio on the sandbox, held to Twilio's official spec", () => {
  let flowSid: string;
  beforeAll(async () => {
    const answer = await fetch(`${twilio.url}/studio/v2/Flows`, {
      method: "POST",
      headers: { Authorization: `Basic ${Buffer.from(`${ACCOUNT_SID}:${AUTH_TOKEN}`).toString("base64")}` },
      body: new URLSearchParams({ FriendlyName: "Test Flow", Status: "published", Definition: "{}" }),
    });
    flowSid = ((await answer.json()) as { sid: string }).sid;
  });

  it("starts a flow with parameters", async () => {
    const { data } = await start(twilio.url, { flow: flowSid, parameters: [{ key: "orderId", value: "1234" }] });
    expect(data).toMatchObject({ sid: expect.stringMatching(/^FN/), flowSid, status: "active" });
  });

  it("starts a flow from a Messaging Service for a WhatsApp contact", async () => {
    const { data } = await start(twilio.url, { flow: flowSid, to: "whatsapp:+15558675310", from: `MG${"0123456789abcdef".repeat(2)}` });
    expect(data.sid).toMatch(/^FN/);
  });

  it("gets an execution with its context and steps", async () => {
    const started = await start(twilio.url, { flow: flowSid, parameters: [{ key: "foo", value: "bar" }] });
    const { data } = await details(twilio.url, { flow: flowSid, executionSid: started.data.sid });
    expect(data).toMatchObject({
      sid: started.data.sid,
      context: expect.objectContaining({ flow: expect.objectContaining({ data: { foo: "bar" } }) }),
      steps: [],
      hasMoreSteps: false,
    });
  });

  it("selectStudioFlow labels flows with name, status and revision", async () => {
    const { result } = (await harness.dataSource("selectStudioFlow", { connection: authTokenConnection(twilio.url) })) as {
      result: Element[];
    };
    expect(result).toEqual([{ key: flowSid, label: "Test Flow · published · revision 1" }]);
  });
});

describe("triggerStudioFlow request details", () => {
  let server: LoopbackServer;
  afterEach(() => server?.close());

  const accepting = () => startLoopbackServer(() => ({ status: 201, json: execution() }));

  it.each([
    [
      "a key/value list",
      {
        parameters: [
          { key: "orderId", value: "1234" },
          { key: "name", value: "Jane" },
        ],
      },
      { orderId: "1234", name: "Jane" },
    ],
    [
      "JSON text with nested values",
      { parametersJson: '{"orderId": "1234", "customer": {"name": "Jane"}}' },
      { orderId: "1234", customer: { name: "Jane" } },
    ],
    ["an object from an earlier step", { parametersJson: { orderId: 1234 } }, { orderId: 1234 }],
    [
      "both, with different keys",
      { parameters: [{ key: "name", value: "Jane" }], parametersJson: '{"orderId": "1234"}' },
      { orderId: "1234", name: "Jane" },
    ],
  ])("sends parameters given as %s as one JSON string", async (_name, params, expected) => {
    server = await accepting();
    await start(server.url, params);
    const [request] = server.requests;
    expect(`${request.method} ${request.path}`).toBe(`POST ${EXECUTIONS_PATH}`);
    expect(request.form.get("To")).toBe("+15558675310");
    expect(request.form.get("From")).toBe("+15017122661");
    expect(JSON.parse(request.form.get("Parameters") as string)).toEqual(expected);
  });

  it("sends no Parameters field without parameters, and reads a WhatsApp contact and a Messaging Service sender", async () => {
    server = await accepting();
    const { data } = await start(server.url, { to: "whatsapp:+1 555 867 5310", from: `MG${"a".repeat(32)}` });
    expect([...server.requests[0].form.keys()].sort()).toEqual(["From", "To"]);
    expect(server.requests[0].form.get("To")).toBe("whatsapp:+15558675310");
    expect(server.requests[0].form.get("From")).toBe(`MG${"a".repeat(32)}`);
    expect(data).toEqual({
      sid: EXECUTION_SID,
      flowSid: FLOW_SID,
      accountSid: ACCOUNT_SID,
      contactChannelAddress: "+15558675310",
      status: "active",
      dateCreated: "2026-11-20T16:04:31.000Z",
      dateUpdated: "2026-11-20T16:04:31.000Z",
      url: expect.stringContaining(EXECUTION_SID),
    });
  });

  it("does not start the flow twice after a 500: it may have started", async () => {
    server = await startLoopbackServer(() => ({ status: 500, json: twilioErrorBody(20500, "Internal Server Error", 500) }));
    const error = await failureOf(start(server.url, {}));
    expect(error).toBeInstanceOf(TwilioApiError);
    expect(server.requests).toHaveLength(1);
  });

  it("passes Twilio's refusal through with its code", async () => {
    server = await startLoopbackServer(() => ({ status: 404, json: twilioErrorBody(20404, "The requested resource was not found", 404) }));
    const error = (await failureOf(start(server.url, {}))) as TwilioApiError;
    expect(error.details).toMatchObject({ code: 20404, status: 404 });
    expect(error.message).toContain("Check the SID");
  });

  it.each([
    ["a flow SID that is not one", { flow: "FW123" }, /^Input "Flow": expected a Studio flow SID/],
    ["a flow SID with a path in it", { flow: `FW${"0".repeat(30)}/../x` }, /^Input "Flow"/],
    ["no contact", { to: "" }, /^Input "To": expected a phone number in E.164 format/],
    ["a contact that is no address", { to: "Jane" }, /^Input "To"/],
    ["no sender", { from: "" }, /^Input "From"/],
    [
      "parameters JSON that does not parse",
      { parametersJson: "{orderId: 1}" },
      /^Input "Parameters \(JSON\)": expected a JSON object such as/,
    ],
    [
      "a key in both parameter inputs",
      { parameters: [{ key: "orderId", value: "1" }], parametersJson: '{"orderId": "2"}' },
      /^Input "Parameters": expected keys not also given in "Parameters \(JSON\)", got "orderId"/,
    ],
    [
      "a repeated key",
      {
        parameters: [
          { key: "a", value: "1" },
          { key: "a", value: "2" },
        ],
      },
      /^Input "Parameters": expected each key once/,
    ],
  ])("refuses %s before any request", async (_name, params, message) => {
    server = await accepting();
    const error = await failureOf(start(server.url, params));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toMatch(message);
    expect(server.requests).toHaveLength(0);
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
