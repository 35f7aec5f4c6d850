import { passTime } from "./fakeClock";
import { ACCOUNT_SID } from "./harness";
import { type IncomingRequest, type LoopbackReply, type LoopbackServer, rfc2822, startLoopbackServer, twilioErrorBody } from "./loopback";

/** What the server does with one create: answer it, or record the message and then lose or spoil the answer. */
export type CreateFault =
  | "none"
  | "refused"
  | "500AfterCreate"
  | "resetAfterCreate"
  | "cutOffAfterCreate"
  | "500BeforeCreate"
  | "resetBeforeCreate"
  | "429";

export interface StoredMessage {
  sid: string;
  to: string;
  from: string | null;
  body: string;
  messaging_service_sid: string | null;
  direction: string;
  status: string;
  date_created: string;
  date_sent: string | null;
}

export interface RecordingTwilio extends LoopbackServer {
  /** Every message the server created, oldest first: what recipients would receive. */
  created: StoredMessage[];
  /** Adds a message to the log as if created earlier (another step, another run). */
  seed(message: Partial<StoredMessage> & { to: string; body: string }, createdSecondsAgo: number): void;
}

const MESSAGES = `/2010-04-01/Accounts/${ACCOUNT_SID}/Messages`;

/**
 * A Twilio message log over loopback: creates, lists (To/From filters, unsent first then newest)
 * and fetches messages, and injects the given fault into each create attempt, in order.
 */
export async function startRecordingTwilio(
  faultFor: (attempt: number, form: URLSearchParams) => CreateFault,
  { createDelayMs = 0 }: { createDelayMs?: number } = {},
): Promise<RecordingTwilio> {
  const created: StoredMessage[] = [];
  const log: StoredMessage[] = [];
  let attempts = 0;
  const store = (message: StoredMessage) => {
    log.push(message);
    return message;
  };
  const nextSid = () => `SM${String(log.length + 1).padStart(32, "0")}`;
  const createFrom = (form: URLSearchParams): StoredMessage => {
    const message = store({
      sid: nextSid(),
      to: form.get("To") ?? "",
      from: form.get("From"),
      body: form.get("Body") ?? "",
      messaging_service_sid: form.get("MessagingServiceSid"),
      direction: "outbound-api",
      status: "queued",
      date_created: rfc2822(new Date()),
      date_sent: null,
    });
    created.push(message);
    return message;
  };

  const handler = async (req: IncomingRequest): Promise<LoopbackReply> => {
    if (req.method === "POST" && req.path === `${MESSAGES}.json`) {
      const fault = faultFor(attempts++, req.form);
      if (fault === "refused") return { status: 400, json: twilioErrorBody(21211, "Invalid 'To' Phone Number", 400) };
      if (fault === "429") return { status: 429, json: twilioErrorBody(20429, "Too Many Requests", 429), headers: { "retry-after": "0" } };
      if (fault === "500BeforeCreate") return { status: 500, json: twilioErrorBody(20500, "Internal Server Error", 500) };
      if (fault === "resetBeforeCreate") return { destroySocket: true };
      const message = createFrom(req.form);
      if (fault === "500AfterCreate") return { status: 500, json: twilioErrorBody(20500, "Internal Server Error", 500) };
      if (fault === "resetAfterCreate") return { destroySocket: true };
      if (fault === "cutOffAfterCreate") return { status: 201, body: JSON.stringify(message).slice(0, 40) };
      // On a test's fake clock the create takes its time without the test waiting for it.
      await passTime(createDelayMs);
      return { status: 201, json: message };
    }
    if (req.method === "GET" && req.path === `${MESSAGES}.json`) {
      const to = req.query.get("To");
      const from = req.query.get("From");
      const matching = log
        .filter((message) => (!to || message.to === to) && (!from || message.from === from))
        .sort(
          (a, b) => Number(b.date_sent === null) - Number(a.date_sent === null) || Date.parse(b.date_created) - Date.parse(a.date_created),
        );
      return {
        status: 200,
        json: { messages: matching.slice(0, 20), next_page_uri: null, page: 0, page_size: 20, uri: `${MESSAGES}.json` },
      };
    }
    const fetched = log.find((message) => req.path === `${MESSAGES}/${message.sid}.json`);
    if (req.method === "GET" && fetched) return { status: 200, json: fetched };
    return { status: 404, json: twilioErrorBody(20404, "The requested resource was not found", 404) };
  };

  const server = await startLoopbackServer(handler);
  return {
    ...server,
    created,
    seed: (message, createdSecondsAgo) => {
      const at = new Date(Date.now() - createdSecondsAgo * 1000);
      store({
        sid: nextSid(),
        from: null,
        messaging_service_sid: null,
        direction: "outbound-api",
        status: "delivered",
        date_created: rfc2822(at),
        date_sent: rfc2822(at),
        ...message,
      });
    },
  };
}
