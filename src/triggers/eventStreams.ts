import { type ActionContext, SpectralError, trigger } from "@prismatic-io/spectral";
import type { EventStream } from "../client/events/streamRegistration";
import { eventStreamsTriggerExample } from "../examplePayloads/eventStreams";
import { eventTypes } from "../inputs/eventStreams";
import { deliveryStore, syncService } from "../inputs/idempotency";
import { publicWebhookUrl, triggerConnection } from "../inputs/triggers";

/** Where the deploy hook keeps the sink and subscription it created, to update or remove exactly those. */
const EVENT_STREAM_STATE_KEY = "twilioEventStream";

const savedStream = (context: ActionContext) => context.instanceState[EVENT_STREAM_STATE_KEY] as EventStream | undefined;

export const eventStreams = trigger({
  display: {
    label: "Event Streams",
    description:
      "Receive account-wide Twilio events (message delivered or failed, inbound messages, call status, conversation messages...) through Event Streams, without changing any number's configuration. Deploying creates a sink and a subscription for this flow; deleting the instance removes them.",
  },
  inputs: { connection: triggerConnection, eventTypes, publicUrl: publicWebhookUrl, idempotencyStore: deliveryStore, syncService },
  synchronousResponseSupport: "valid",
  scheduleSupport: "invalid",
  perform: async (context, payload, { connection, publicUrl, idempotencyStore, syncService }) => {
    const { readCloudEvents } = await import("../client/events/cloudEvents");
    const { readCredentials } = await import("../client/transport/credentials");
    const { readVerifiedWebhook, TwilioSignatureError } = await import("./verifiedWebhook");
    const event = readVerifiedWebhook(payload, { authToken: readCredentials(connection).authToken, publicUrl, skipVerification: false });
    const { events, state } = readCloudEvents(event.fields, context.instanceState, Date.now());
    if (events.length === 0)
      throw new TwilioSignatureError("its body holds no CloudEvents (a JSON event or array of events with id and type).");
    // Claimed in Sync, an event id is recognised even when Twilio's retry overlaps the first execution.
    const { redeliveriesInSync } = await import("./syncDeliveries");
    const tokens = events.map((one) => `event:${one.id}`);
    const synced = idempotencyStore === "sync" ? await redeliveriesInSync(context, connection, tokens, syncService) : undefined;
    if (synced) for (const [index, one] of events.entries()) one.redelivered = synced[index];
    return {
      ...(synced ? {} : { instanceState: state }),
      payload: { ...payload, events, signatureVerified: true },
      // Twilio waits 5 s for a sink and retries on a timeout: answer at once.
      response: { statusCode: 200, contentType: "application/json", body: "" },
    };
  },
  onInstanceDeploy: async (context, { connection, eventTypes, publicUrl }) => {
    const { deployEventStream } = await import("../client/events/streamRegistration");
    const { getTwilioClient } = await import("../client/twilioClient");
    const { configuredWebhookUrl } = await import("../client/webhooks/signature");
    const destination = configuredWebhookUrl(context.webhookUrls, context.flow?.name, publicUrl);
    if (!destination) {
      throw new SpectralError(
        'Could not create the Event Streams sink: this flow has no webhook URL. Set "Public Webhook URL" to the URL Twilio should call.',
      );
    }
    const description = `Prismatic flow ${context.flow?.name ?? ""}`.trim().slice(0, 256);
    const stream = await deployEventStream(getTwilioClient(connection), savedStream(context), {
      destination,
      types: eventTypes,
      description,
    });
    context.logger.info(
      `Event Streams: subscription ${stream.subscriptionSid} sends ${eventTypes.length} event types to this flow (sink ${stream.sinkSid}).`,
    );
    return { instanceState: { ...context.instanceState, [EVENT_STREAM_STATE_KEY]: stream } };
  },
  onInstanceDelete: async (context, { connection }) => {
    const saved = savedStream(context);
    if (saved) {
      const { removeEventStream } = await import("../client/events/streamRegistration");
      const { getTwilioClient } = await import("../client/twilioClient");
      await removeEventStream(getTwilioClient(connection), saved);
    }
    const { [EVENT_STREAM_STATE_KEY]: _removed, ...instanceState } = context.instanceState;
    return { instanceState };
  },
  examplePayload: eventStreamsTriggerExample,
});
