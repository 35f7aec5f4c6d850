import { ACCOUNT_SID } from "../../support/harness";
import { type LoopbackServer, rfc2822, startLoopbackServer } from "../../support/loopback";

export interface StoredMessage {
  sid: string;
  direction: "inbound" | "outbound-api";
  from: string;
  to: string;
  body: string;
  /** Epoch milliseconds at whole seconds; null while a message is queued or scheduled. */
  sentAt: number | null;
}

export interface MessageListServer extends LoopbackServer {
  messages: StoredMessage[];
  /** Page requests after the first fail with 503 while this is set, as in an outage mid-poll. */
  failLaterPages: boolean;
  /** Messages per page, whatever PageSize asks for, so tests can reach several pages with few messages. */
  pageSize: number;
}

const MESSAGES_PATH = `/2010-04-01/Accounts/${ACCOUNT_SID}/Messages.json`;

export function messageSid(n: number): string {
  return `SM${n.toString(16).padStart(32, "0")}`;
}

/**
 * A loopback Twilio message list that behaves like the real one where polling depends on it:
 * newest first by DateSent, `DateSent>` honoured by whole UTC days only, To/From filters, and
 * pages that continue after the last SID returned (PageToken) so inserts between pages shift nothing.
 */
export async function startMessageListServer(pageSize: number): Promise<MessageListServer> {
  const state = {
    messages: [],
    failLaterPages: false,
    pageSize,
  } as unknown as MessageListServer;
  const server = await startLoopbackServer((req) => {
    if (req.method !== "GET" || req.path !== MESSAGES_PATH)
      return {
        status: 404,
        json: { code: 20404, message: "Not found", status: 404 },
      };
    const afterToken = req.query.get("PageToken");
    if (afterToken && state.failLaterPages)
      return {
        status: 503,
        json: { code: 20500, message: "Service unavailable", status: 503 },
      };
    const fromDay = req.query.get("DateSent>")?.slice(0, 10);
    const listed = state.messages
      .filter((message) => !fromDay || (message.sentAt !== null && new Date(message.sentAt).toISOString().slice(0, 10) >= fromDay))
      .filter((message) => !req.query.get("To") || message.to === req.query.get("To"))
      .filter((message) => !req.query.get("From") || message.from === req.query.get("From"))
      .sort((a, b) => (b.sentAt ?? Number.MAX_SAFE_INTEGER) - (a.sentAt ?? Number.MAX_SAFE_INTEGER) || b.sid.localeCompare(a.sid));
    const start = afterToken ? listed.findIndex((message) => message.sid === afterToken) + 1 : 0;
    const page = listed.slice(start, start + state.pageSize);
    const next = new URLSearchParams(req.query);
    next.set("PageToken", page.length > 0 ? page[page.length - 1].sid : "");
    return {
      status: 200,
      json: {
        messages: page.map((message) => ({
          sid: message.sid,
          account_sid: ACCOUNT_SID,
          direction: message.direction,
          from: message.from,
          to: message.to,
          body: message.body,
          status: message.sentAt === null ? "queued" : message.direction === "inbound" ? "received" : "sent",
          date_sent: message.sentAt === null ? null : rfc2822(message.sentAt),
          date_created: rfc2822(message.sentAt ?? Date.now()),
        })),
        next_page_uri: start + state.pageSize < listed.length ? `${MESSAGES_PATH}?${next}` : null,
        page: 0,
        page_size: state.pageSize,
        uri: `${MESSAGES_PATH}?${req.query}`,
      },
    };
  });
  return Object.assign(state, server);
}
