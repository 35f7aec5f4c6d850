import { badRequest, notFound } from "../../core/errors";
import { v1Page } from "../../core/paging";
import type { ControlRoute, Route, SandboxContext } from "../../core/types";
import { EVENTS_BASE } from "./records";

/** The catalogue the sandbox knows: the types it emits and a few others Twilio lists. */
export const EVENT_TYPES: Array<{ type: string; schemaId: string; description: string }> = [
  { type: "com.twilio.messaging.message.queued", schemaId: "Messaging.MessageStatus", description: "Outbound message queued" },
  { type: "com.twilio.messaging.message.sent", schemaId: "Messaging.MessageStatus", description: "Outbound message sent" },
  { type: "com.twilio.messaging.message.delivered", schemaId: "Messaging.MessageStatus", description: "Outbound message delivered" },
  { type: "com.twilio.messaging.message.undelivered", schemaId: "Messaging.MessageStatus", description: "Outbound message undelivered" },
  { type: "com.twilio.messaging.message.failed", schemaId: "Messaging.MessageStatus", description: "Outbound message failed" },
  {
    type: "com.twilio.messaging.inbound-message.received",
    schemaId: "Messaging.InboundMessageV1",
    description: "Inbound message received",
  },
  { type: "com.twilio.voice.status-callback.call.completed", schemaId: "Voice.StatusCallback", description: "Call completed" },
  { type: "com.twilio.conversations.conversation.added", schemaId: "Conversations.ConversationAdded", description: "Conversation added" },
  { type: "com.twilio.conversations.message.added", schemaId: "Conversations.MessageAdded", description: "Conversation message added" },
  { type: "com.twilio.conversations.participant.added", schemaId: "Conversations.ParticipantAdded", description: "Participant added" },
];

/** A type as the catalogue lists it: Twilio adds types in beta and discontinues others over time. */
interface CatalogueType {
  type: string;
  schemaId: string;
  description: string | null;
  status: string;
}

/** Types: repeated, each a JSON string {"type": ..., "schema_version": N} (or already parsed by the contract check). */
export function typesOf(value: unknown): Map<string, number> {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  const types = new Map<string, number>();
  for (const item of list) {
    const parsed = (typeof item === "string" ? JSON.parse(item) : item) as { type?: string; schema_version?: number };
    if (!parsed?.type || !EVENT_TYPES.some((known) => known.type === parsed.type))
      throw badRequest(90009, `Event type ${parsed?.type} does not exist`);
    types.set(parsed.type, Number(parsed.schema_version ?? 1));
  }
  return types;
}

/**
 * The event type catalogue (one for every account), and its control: types added to Twilio's
 * catalogue since, through POST /__sandbox/events/types.
 */
export function catalogueRoutes(context: SandboxContext): { control: ControlRoute[]; routes: Route[] } {
  const laterTypes = () => context.state("eventTypes", "*", () => [] as CatalogueType[]);
  const catalogue = (): CatalogueType[] => [...EVENT_TYPES.map((known) => ({ ...known, status: "available" })), ...laterTypes()];
  const typeJson = (known: CatalogueType) => ({
    type: known.type,
    schema_id: known.schemaId,
    date_created: "2021-01-01T00:00:00Z",
    date_updated: "2021-01-01T00:00:00Z",
    description: known.description,
    status: known.status,
    documentation_url: "https://www.twilio.com/docs/events/event-types",
    url: `${EVENTS_BASE}/Types/${known.type}`,
    links: { schema: `${EVENTS_BASE}/Schemas/${known.schemaId}/Versions` },
  });
  return {
    control: [
      {
        method: "POST",
        path: "events/types",
        handle: (body) => {
          const added: CatalogueType = {
            type: String(body.Type),
            schemaId: String(body.SchemaId ?? "Unknown"),
            description: typeof body.Description === "string" ? body.Description : null,
            status: String(body.Status ?? "available"),
          };
          laterTypes().push(added);
          return typeJson(added);
        },
      },
    ],
    routes: [
      {
        method: "GET",
        path: "/v1/Types",
        handle: (request) => {
          const listed = catalogue().filter((known) => !request.query.SchemaId || known.schemaId === request.query.SchemaId);
          return { status: 200, json: v1Page(request, "events", "types", listed.map(typeJson)) };
        },
      },
      {
        method: "GET",
        path: "/v1/Types/{Type}",
        handle: (request) => {
          const known = catalogue().find((candidate) => candidate.type === request.params.Type);
          if (!known) throw notFound(`The requested resource /Types/${request.params.Type}`);
          return { status: 200, json: typeJson(known) };
        },
      },
    ],
  };
}
