import { iso8601 } from "../../../sandbox/core/clock";
import { InputError, TwilioApiError } from "../../../src/client/transport/errors";
import { ACCOUNT_SID, failureOf } from "../../support/harness";
import { actionsPerCase } from "../support";
import { createFlow, FLOW_SID, sandboxWithFlow, start } from "./support";

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
  const on = actionsPerCase();
  let flow: string;
  beforeEach(async () => {
    flow = await createFlow(on.sandbox);
  });
  /** What the component sent: every request after the flow's creation. */
  const sent = () => on.sandbox.requests.slice(1);
  const kept = () =>
    on.sandbox.inspect<{ executions: { sid: string; to: string; created: number }[] }>("studio", ACCOUNT_SID)?.executions ?? [];

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
    await start(on.sandbox.url, { flow, ...params });
    const [request] = sent();
    expect(`${request.method} ${request.path}`).toBe(`POST /studio/v2/Flows/${flow}/Executions`);
    expect(request.form.get("To")).toBe("+15558675310");
    expect(request.form.get("From")).toBe("+15017122661");
    expect(JSON.parse(request.form.get("Parameters") as string)).toEqual(expected);
  });

  it("sends no Parameters field without parameters, and reads a WhatsApp contact and a Messaging Service sender", async () => {
    const { data } = await start(on.sandbox.url, { flow, to: "whatsapp:+1 555 867 5310", from: `MG${"a".repeat(32)}` });
    const [request] = sent();
    expect([...request.form.keys()].sort()).toEqual(["From", "To"]);
    expect(request.form.get("To")).toBe("whatsapp:+15558675310");
    expect(request.form.get("From")).toBe(`MG${"a".repeat(32)}`);
    const [execution] = kept();
    // Twilio dates are whole seconds.
    const created = new Date(iso8601(execution.created)).toISOString();
    expect(data).toEqual({
      sid: execution.sid,
      flowSid: flow,
      accountSid: ACCOUNT_SID,
      contactChannelAddress: execution.to,
      status: "active",
      dateCreated: created,
      dateUpdated: created,
      url: expect.stringContaining(execution.sid),
    });
  });

  it("does not start the flow twice after a 500: it may have started", async () => {
    on.sandbox.faults.set([{ kind: "500-after", method: "POST", path: "/Executions$" }]);
    const error = await failureOf(start(on.sandbox.url, { flow }));
    expect(error).toBeInstanceOf(TwilioApiError);
    expect(sent()).toHaveLength(1);
    expect(kept()).toHaveLength(1);
  });

  it("passes Twilio's refusal through with its code", async () => {
    // FLOW_SID is no flow of the sandbox's account: Twilio's 20404.
    const error = (await failureOf(start(on.sandbox.url, { flow: FLOW_SID }))) as TwilioApiError;
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
    const error = await failureOf(start(on.sandbox.url, { flow, ...params }));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toMatch(message);
    expect(sent()).toHaveLength(0);
  });
});
