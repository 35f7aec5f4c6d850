import type { BulkSendResult } from "../../../src/client/messages/bulkSend";
import { InputError } from "../../../src/client/transport/errors";
import { ACCOUNT_SID, authTokenConnection, failureOf, harness } from "../../support/harness";
import { createContentTemplate, sharedSandbox } from "../../support/sandbox";
import { actionsPerCase } from "../support";

const MESSAGES_PATH = `/2010-04-01/Accounts/${ACCOUNT_SID}/Messages.json`;
const TEMPLATE_BODY = "Hi {{1}}, your order {{2}} ships on {{3}}.";

const send = (baseUrl: string, params: Record<string, unknown>) =>
  harness.action("sendSMS", {
    twilioConnection: authTokenConnection(baseUrl),
    to: "whatsapp:+15558675310",
    from: "whatsapp:+15017122661",
    ...params,
  });

/** The sandbox Twilio this file's spec-checked cases run on: it keeps what they create. */
const shared = sharedSandbox({ clock: { running: true } });

describe("content variables", () => {
  const on = actionsPerCase();
  let contentSid: string;
  /** The Content API's template with three placeholders; the requests counted are the component's, after it was made. */
  beforeEach(async () => {
    contentSid = await createContentTemplate(on.sandbox, TEMPLATE_BODY);
    on.sandbox.requests.splice(0);
  });
  const sendWithTemplate = (params: Record<string, unknown>) => send(on.sandbox.url, { contentSid, ...params });
  const sent = () => on.sandbox.requests.filter((req) => req.method === "POST");

  it("takes them as a key/value list, as JSON text, or both with different keys, in the one JSON Twilio expects", async () => {
    await sendWithTemplate({
      contentVariableList: [
        { key: "1", value: "Jane" },
        { key: "2", value: "#1234" },
      ],
    });
    await sendWithTemplate({ contentVariables: '{"1": "Jane", "2": "#1234"}' });
    await sendWithTemplate({ contentVariables: '{"1": "Jane"}', contentVariableList: [{ key: "2", value: "#1234" }] });
    const variables = sent().map((req) => JSON.parse(req.form.get("ContentVariables") as string));
    expect(variables).toEqual([
      { "1": "Jane", "2": "#1234" },
      { "1": "Jane", "2": "#1234" },
      { "1": "Jane", "2": "#1234" },
    ]);
    expect(sent()[0].form.get("ContentSid")).toBe(contentSid);
  });

  it("sends without reading the template when the check is off, as before", async () => {
    await sendWithTemplate({ contentVariables: '{"1": "Jane"}' });
    expect(on.sandbox.requests.map((req) => req.method)).toEqual(["POST"]);
  });

  it("checks them against the template's placeholders and sends when each is filled", async () => {
    await sendWithTemplate({ contentVariables: '{"1": "Jane", "2": "#1234", "3": "Tuesday"}', checkContentVariables: true });
    expect(on.sandbox.requests.map((req) => `${req.method} ${req.path}`)).toEqual([
      `GET /content/v1/Content/${contentSid}`,
      `POST ${MESSAGES_PATH}`,
    ]);
  });

  it.each([
    ["missing ones", { contentVariables: '{"1": "Jane"}' }, /missing "2", "3"/],
    [
      "blank ones",
      {
        contentVariableList: [
          { key: "1", value: "Jane" },
          { key: "2", value: " " },
          { key: "3", value: "Tue" },
        ],
      },
      /missing "2"$/,
    ],
    ["extra ones", { contentVariables: '{"1": "Jane", "2": "#1", "3": "Tue", "name": "Jane"}' }, /not in the template: "name"/],
    ["missing and extra at once", { contentVariables: '{"first": "Jane"}' }, /missing "1", "2", "3"; not in the template: "first"/],
  ])("names %s and sends nothing", async (_name, params, problem) => {
    const error = await failureOf(sendWithTemplate({ ...params, checkContentVariables: true }));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toMatch(
      /^Input "Content Variables": expected a value for each placeholder of template HX[0-9a-f]{32} \("1", "2", "3"\) and nothing else; /,
    );
    expect(error.message.replace(/\.$/, "")).toMatch(problem);
    expect(sent()).toHaveLength(0);
  });

  it.each([
    ["JSON that does not parse", { contentVariables: '{"1": "Jane",' }, /^Input "Content Variables": expected a JSON object/],
    ["a JSON array", { contentVariables: '["Jane"]' }, /^Input "Content Variables": expected a JSON object/],
    [
      "a key in both the list and the JSON",
      { contentVariables: '{"1": "Jane"}', contentVariableList: [{ key: "1", value: "Joe" }] },
      /^Input "Content Variables \(List\)": expected keys not also given in "Content Variables", got "1"/,
    ],
    [
      "a list entry without a key",
      { contentVariableList: [{ key: " ", value: "Joe" }] },
      /^Input "Content Variables \(List\)": expected a key/,
    ],
    ["a check without a template", { contentSid: "", message: "Hi", checkContentVariables: true }, /^Input "Check Content Variables"/],
  ])("refuses %s before any request", async (_name, params, message) => {
    const error = await failureOf(sendWithTemplate({ ...params, checkContentVariables: true }));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toMatch(message);
    expect(on.sandbox.requests).toHaveLength(0);
  });

  it("checks once for a bulk send, before any message goes out", async () => {
    const bulk = (params: Record<string, unknown>) =>
      harness.action("sendBulkSMS", {
        twilioConnection: authTokenConnection(on.sandbox.url),
        recipients: ["whatsapp:+15558675310", "whatsapp:+15558675311"],
        from: "whatsapp:+15017122661",
        contentSid,
        checkContentVariables: true,
        ...params,
      });
    const error = await failureOf(bulk({ contentVariableList: [{ key: "1", value: "Jane" }] }));
    expect(error.message).toMatch(/missing "2", "3"/);
    expect(sent()).toHaveLength(0);
    const { data } = (await bulk({ contentVariables: '{"1": "Jane", "2": "#1", "3": "Tue"}' })) as { data: BulkSendResult };
    expect(data.sentCount).toBe(2);
    expect(on.sandbox.requests.filter((req) => req.method === "GET")).toHaveLength(2);
  });
});

describe("content variables against Twilio's official spec", () => {
  it("reads the template to check against, then sends", async () => {
    const contentSid = await createContentTemplate(shared.sandbox, TEMPLATE_BODY);
    const contentVariables = '{"1": "Jane", "2": "#1234", "3": "Friday"}';
    const { data } = (await send(shared.sandbox.url, { contentSid, contentVariables, checkContentVariables: true })) as {
      data: Record<string, unknown>;
    };
    expect(data.sid).toBeDefined();
  });
});
