/**
 * `npm start`: a short tour of the built component (dist/index.js) against the sandbox Twilio.
 * No account and no network: everything runs on 127.0.0.1 and stops at the end. The sandbox keeps
 * what it is sent, so the message sent is the one fetched and listed; it calls a stand-in for the
 * flow's webhook URL with the message's status callbacks and an incoming reply, signed as Twilio
 * signs them, and Wait for Reply finds that reply.
 */
import type { Component, TriggerPayload } from "@prismatic-io/spectral/dist/serverTypes";
import { createHarness } from "@prismatic-io/spectral/dist/testing";
import { getExpectedTwilioSignature } from "twilio/lib/webhooks/webhooks";
import { componentParts, ensureBundleBuilt, loadBuiltComponent, seconds } from "./lib/bundle";
import { abridge, indent, maskSecrets, maskToken, render } from "./lib/display";
import { type FlowEndpoint, startFlowEndpoint } from "./lib/flowEndpoint";
import { DEMO_ACCOUNT_SID, DEMO_AUTH_TOKEN, type EmbeddedTwilioTarget, startEmbeddedTwilio } from "./lib/twilioTarget";

type Harness = ReturnType<typeof createHarness>;
type Record_ = Record<string, unknown>;

const colors = Boolean(process.stdout.isTTY);
const bold = (text: string) => (colors ? `\u001b[1m${text}\u001b[22m` : text);
const dim = (text: string) => (colors ? `\u001b[2m${text}\u001b[22m` : text);
const out = (line = "") => process.stdout.write(`${line}\n`);

const TO = "+15558675310";
const FROM = "+15017122661";
const FLOW_NAME = "Incoming SMS";
const REPLY = "Yes, please deliver after 5pm.";
const REPLY_MESSAGE = "Thanks! We received your message.";

interface Step {
  title: string;
  /** e.g. "action sendSMS" */
  runs: string;
  input: Record_;
  run: () => Promise<unknown>;
  /** The part of the result worth reading; the rest is summarized. */
  show?: (result: unknown) => unknown;
}

async function runStep(number: number, step: Step, secrets: string[]): Promise<unknown> {
  out(`${bold(`${number}. ${step.title}`)}  ${dim(`· ${step.runs}`)}`);
  out(`   input   ${indent(render(maskSecrets(abridge(step.input), secrets), colors), "           ")}`);
  const started = Date.now();
  try {
    const result = await step.run();
    const shown = step.show ? step.show(result) : abridge(result);
    out(`   output  ${indent(render(maskSecrets(shown, secrets), colors), "           ")}  ${dim(`(${seconds(Date.now() - started)})`)}`);
    out();
    return result;
  } catch (error) {
    out(`   error   ${maskSecrets((error as Error).message, secrets)}`);
    out();
    throw error;
  }
}

function messageHighlights(message: unknown): unknown {
  const { sid, status, from, to, body } = message as Record_;
  return { sid, status, from, to, body: abridge(body) };
}

function dataOf(result: unknown): Record_ {
  return (result as { data: Record_ }).data;
}

/** A request as Twilio makes it when someone texts the number, signed with the given token: here a forgery. */
function incomingSmsRequest(authToken: string, flowUrl: string): Partial<TriggerPayload> {
  const fields = {
    MessageSid: `SM${"7a9d0c7e3b1f4e5a".repeat(2)}`,
    AccountSid: DEMO_ACCOUNT_SID,
    From: TO,
    To: FROM,
    Body: REPLY,
    NumMedia: "0",
    SmsStatus: "received",
  };
  const body = Buffer.from(new URLSearchParams(fields).toString());
  const contentType = "application/x-www-form-urlencoded";
  return {
    headers: { "Content-Type": contentType, "X-Twilio-Signature": getExpectedTwilioSignature(authToken, flowUrl, fields) },
    queryParameters: {},
    rawBody: { data: body, contentType },
    body: { data: body, contentType },
    webhookUrls: { [FLOW_NAME]: flowUrl },
    invokeUrl: flowUrl,
    flow: { id: "tourFlow", name: FLOW_NAME, stableId: "tour-incoming-sms" },
  };
}

function webhookHighlights(result: unknown): unknown {
  const { payload, response } = result as { payload: Record_; response: Record_ };
  const { eventType, signatureVerified, idempotencyToken, fields } = payload;
  return { payload: { eventType, signatureVerified, idempotencyToken, fields: abridge(fields) }, response };
}

/** Calls one of the sandbox's control endpoints (/__sandbox/...). */
async function sandboxControl(target: EmbeddedTwilioTarget, path: string, body: Record_): Promise<Record_> {
  const response = await fetch(`${target.url}/__sandbox/${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`the sandbox refused ${path}: ${await response.text()}`);
  return (await response.json()) as Record_;
}

/** What the webhook trigger made of one delivery to the flow's URL. */
function flowRunHighlights(flow: FlowEndpoint, from: number): unknown {
  return flow.runs.slice(from).map((run) => {
    if (run.error) return { refused: run.error };
    const { payload } = run.result as { payload: Record_ };
    const fields = payload.fields as Record<string, string>;
    return { eventType: payload.eventType, signatureVerified: payload.signatureVerified, MessageStatus: fields.MessageStatus };
  });
}

async function tour(component: Component, harness: Harness, target: EmbeddedTwilioTarget, flow: FlowEndpoint): Promise<number> {
  const connection = target.connection;
  const message = "Your order #1234 has shipped.";
  let number = 0;
  await sandboxControl(target, "numbers", { PhoneNumber: FROM, SmsUrl: flow.url, FriendlyName: "Tour number" });
  const sendResult = await runStep(
    ++number,
    {
      title: "Send a message",
      runs: "action sendSMS",
      input: { to: TO, from: FROM, message, statusCallback: flow.url },
      run: () => harness.action("sendSMS", { twilioConnection: connection, to: TO, from: FROM, message, statusCallback: flow.url }),
      show: (result) => ({ data: messageHighlights(dataOf(result)) }),
    },
    target.secrets,
  );
  const sent = dataOf(sendResult);

  await runStep(
    ++number,
    {
      title: "Fetch it",
      runs: "action getSMS",
      input: { sid: sent.sid },
      run: () => harness.action("getSMS", { twilioConnection: connection, sid: sent.sid }),
      show: (result) => ({ data: messageHighlights(dataOf(result)) }),
    },
    target.secrets,
  );

  await runStep(
    ++number,
    {
      title: "List messages",
      runs: "action listMessages",
      input: { to: TO, limit: "5" },
      run: () => harness.action("listMessages", { twilioConnection: connection, to: TO, limit: "5" }),
      show: (result) => {
        const { messages, ...rest } = dataOf(result);
        return { data: { messages: abridge((messages as unknown[]).map(messageHighlights)), ...(abridge(rest) as Record_) } };
      },
    },
    target.secrets,
  );

  const numbersPath = `/Accounts/${DEMO_ACCOUNT_SID}/IncomingPhoneNumbers.json`;
  await runStep(
    ++number,
    {
      title: "Call any endpoint",
      runs: "action rawRequest",
      input: { method: "GET", url: numbersPath, queryParams: [{ key: "PageSize", value: "2" }] },
      run: () =>
        harness.action("rawRequest", {
          twilioConnection: connection,
          method: "GET",
          url: numbersPath,
          queryParams: [{ key: "PageSize", value: "2" }],
        }),
      show: (result) => {
        const data = dataOf(result);
        const numbers = (data.incoming_phone_numbers as Record_[]).map(({ sid, phone_number, sms_url }) => ({
          sid,
          phone_number,
          sms_url,
        }));
        return { data: { incoming_phone_numbers: numbers, page_size: data.page_size, next_page_uri: data.next_page_uri } };
      },
    },
    target.secrets,
  );

  number++;
  const webhook = component.triggers.webhook;
  if (!webhook) {
    out(`${bold(`${number}. A signed webhook`)}  ${dim("· trigger webhook")}`);
    out("   skipped: this build of the component has no `webhook` trigger.");
    out();
    return number;
  }
  const connectionKey = webhook.inputs.find((input) => input.type === "connection")?.key ?? "connection";
  await runStep(
    number,
    {
      title: "A signed webhook: Twilio delivers an incoming SMS",
      runs: "trigger webhook",
      input: {
        simulated: `POST /__sandbox/incoming/messages From=${TO} To=${FROM} Body="${REPLY}"`,
        numberSmsUrl: flow.url,
        replyMessage: REPLY_MESSAGE,
      },
      run: async () => {
        await sandboxControl(target, "incoming/messages", { From: TO, To: FROM, Body: REPLY });
        // Status callbacks of the messages sent before reach the same flow and may arrive meanwhile.
        const run = [...flow.runs].reverse().find((candidate) => candidate.fields.Body === REPLY);
        if (!run?.result) throw new Error(`the webhook trigger refused the sandbox's request: ${run?.error ?? "it never arrived"}`);
        return run.result;
      },
      show: webhookHighlights,
    },
    target.secrets,
  );

  out(`${bold(`${++number}. The same request signed with another Auth Token is rejected`)}  ${dim("· trigger webhook")}`);
  try {
    await harness.trigger("webhook", incomingSmsRequest("someone-else-s-auth-token", flow.url), { [connectionKey]: connection });
    out("   unexpected: the forged request was accepted");
    return -1;
  } catch (error) {
    out(`   error   ${maskSecrets((error as Error).message, target.secrets)}`);
  }
  out();

  const before = flow.runs.length;
  await runStep(
    ++number,
    {
      title: "Its delivery status callbacks reach the webhook trigger",
      runs: "trigger webhook",
      input: { simulated: "POST /__sandbox/clock/advance seconds=2 (the message is sent, then delivered)", statusCallback: flow.url },
      run: () => sandboxControl(target, "clock/advance", { seconds: 2 }),
      show: () => ({ deliveries: flowRunHighlights(flow, before) }),
    },
    target.secrets,
  );

  await runStep(
    ++number,
    {
      title: "Wait for Reply receives that reply",
      runs: "action waitForReply",
      input: { from: TO, to: FROM, since: sent.dateCreated, timeout: "10s" },
      run: () =>
        harness.action("waitForReply", { twilioConnection: connection, from: TO, to: FROM, since: sent.dateCreated, timeout: "10s" }),
      show: (result) => {
        const { replied, message: reply } = dataOf(result) as { replied: unknown; message?: Record_ };
        return { data: { replied, message: reply && messageHighlights(reply) } };
      },
    },
    target.secrets,
  );
  return number;
}

async function main(): Promise<void> {
  const started = Date.now();
  out(bold("Twilio component for Prismatic: a five-minute tour"));
  out("Runs the built component (dist/index.js) the way Prismatic does: inputs cleaned, defaults applied, errors mapped.");
  out("No Twilio account and no network: requests go to a Twilio-compatible server on 127.0.0.1.");
  out();

  ensureBundleBuilt((line) => out(dim(line)));
  const component = loadBuiltComponent();
  const parts = componentParts(component);
  const count = (kind: string) => parts.filter((part) => part.kind === kind).length;
  out(`Component "${component.key}": ${count("action")} actions, ${count("trigger")} triggers, ${count("dataSource")} data sources.`);

  const serverStarted = Date.now();
  const target = await startEmbeddedTwilio();
  out(`Started ${target.description} in ${seconds(Date.now() - serverStarted)}.`);
  out(`Connection "basic": Account SID ${DEMO_ACCOUNT_SID}, Auth Token ${maskToken(DEMO_AUTH_TOKEN)} (a demo token).`);
  out();

  const harness = createHarness(component);
  const connectionKey = component.triggers.webhook?.inputs.find((input) => input.type === "connection")?.key ?? "connection";
  const flow = await startFlowEndpoint(FLOW_NAME, (payload) =>
    harness.trigger("webhook", payload, { [connectionKey]: target.connection, replyMessage: REPLY_MESSAGE }),
  );
  out(`The flow's webhook URL (a stand-in for Prismatic's, which runs the webhook trigger): ${flow.url}`);
  out();
  let finalStep = 0;
  try {
    finalStep = await tour(component, harness, target, flow);
  } finally {
    await target.stop();
    await flow.close();
  }
  out(`Stopped the embedded server. ${finalStep > 0 ? "Tour complete" : "Tour failed"} in ${seconds(Date.now() - started)}.`);
  out();
  out("Next:");
  out("  npm run invoke -- --help                  every action, trigger and data source, with its inputs");
  out(`  npm run invoke -- sendSMS --to ${TO} --from ${FROM} --message "Hi"`);
  out("                                            (set TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN to use real Twilio)");
  out("  npm run sandbox                           keeps a sandbox Twilio running for separate invoke runs");
  out("  npm test                                  every test, offline");
  out("  documentation.md                          the component's documentation");
  if (finalStep < 0) process.exitCode = 1;
}

main().catch((error: Error) => {
  process.stderr.write(`npm start failed: ${error.message}\n`);
  process.exitCode = 1;
});
