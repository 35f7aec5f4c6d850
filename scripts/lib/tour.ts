/**
 * The tour's steps (scripts/start.ts): send, fetch and list a message, call any endpoint, then the
 * webhook trigger with a signed incoming SMS, a forged one, the message's status callbacks, and
 * Wait for Reply finding the reply.
 */
import type { Component, TriggerPayload } from "@prismatic-io/spectral/dist/serverTypes";
import type { createHarness } from "@prismatic-io/spectral/dist/testing";
import { getExpectedTwilioSignature } from "twilio/lib/webhooks/webhooks";
import { abridge, maskSecrets } from "./display";
import type { FlowEndpoint } from "./flowEndpoint";
import { bold, dataOf, dim, flowRunHighlights, messageHighlights, out, type Record_, runStep, webhookHighlights } from "./tourOutput";
import { DEMO_ACCOUNT_SID, type EmbeddedTwilioTarget } from "./twilioTarget";

type Harness = ReturnType<typeof createHarness>;

export const TO = "+15558675310";
export const FROM = "+15017122661";
export const FLOW_NAME = "Incoming SMS";
const REPLY = "Yes, please deliver after 5pm.";
export const REPLY_MESSAGE = "Thanks! We received your message.";

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

/** Runs the tour's steps; returns the number of the last one, or -1 when a forged request was accepted. */
export async function tour(component: Component, harness: Harness, target: EmbeddedTwilioTarget, flow: FlowEndpoint): Promise<number> {
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
