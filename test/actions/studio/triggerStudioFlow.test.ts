import { InputError, TwilioApiError } from "../../../src/client/transport/errors";
import { ACCOUNT_SID, failureOf } from "../../support/harness";
import { type LoopbackServer, startLoopbackServer, twilioErrorBody } from "../../support/loopback";
import { EXECUTION_SID, EXECUTIONS_PATH, execution, FLOW_SID, sandboxWithFlow, start } from "./support";

describe("Studio on the sandbox, held to Twilio's official spec", () => {
  const on = sandboxWithFlow();

  it("starts a flow with parameters", async () => {
    const { data } = await start(on.twilio.url, { flow: on.flowSid, parameters: [{ key: "orderId", value: "1234" }] });
    expect(data).toMatchObject({ sid: expect.stringMatching(/^FN/), flowSid: on.flowSid, status: "active" });
  });

  it("starts a flow from a Messaging Service for a WhatsApp contact", async () => {
    const { data } = await start(on.twilio.url, {
      flow: on.flowSid,
      to: "whatsapp:+15558675310",
      from: `MG${"0123456789abcdef".repeat(2)}`,
    });
    expect(data.sid).toMatch(/^FN/);
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
