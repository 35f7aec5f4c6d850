import { createHash, createHmac, randomUUID } from "node:crypto";

/**
 * Twilio's calls to the customer's URLs: status callbacks and incoming messages and calls.
 * Form-encoded, signed with X-Twilio-Signature by the account's Auth Token, carrying an
 * I-Twilio-Idempotency-Token that stays the same when Twilio delivers the same event again,
 * which it does once when the receiver does not answer 2xx within the timeout.
 */
export interface Delivery {
  url: string;
  method: "GET" | "POST";
  params: Record<string, string>;
  /** A JSON body (Event Streams) sent instead of form fields: signed through bodySHA256 in the URL. */
  json?: string;
  idempotencyToken: string;
  /** HTTP status of each attempt, 0 for no answer in time or a network error. */
  attempts: number[];
  /** The receiver's last answer body (TwiML for incoming messages and calls). */
  answer?: string;
}

export interface Callbacks {
  /** Sends the event and resolves when it was answered or given up on. */
  deliver(event: { url: string; method?: string; params: Record<string, string>; json?: string; authToken: string }): Promise<Delivery>;
  deliveries: Delivery[];
  /** Waits for every delivery in flight. */
  idle(): Promise<void>;
  reset(): void;
}

/** Twilio's signature: base64 HMAC-SHA1 of the URL followed by each POST field's name and value, sorted by name. */
export function twilioSignature(authToken: string, url: string, params: Record<string, string>): string {
  const data = Object.keys(params)
    .sort()
    .reduce((text, name) => text + name + params[name], url);
  return createHmac("sha1", authToken).update(Buffer.from(data, "utf8")).digest("base64");
}

export interface CallbackOptions {
  /** How long the receiver has to answer before Twilio gives up on an attempt (Twilio: 15 s). */
  timeoutMs?: number;
  /** Attempts in all: Twilio tries once more by default. */
  attempts?: number;
}

export function createCallbacks({ timeoutMs = 15_000, attempts = 2 }: CallbackOptions = {}): Callbacks {
  const deliveries: Delivery[] = [];
  const inFlight = new Set<Promise<unknown>>();

  async function attempt(delivery: Delivery, authToken: string): Promise<boolean> {
    if (delivery.json !== undefined) return attemptJson(delivery, authToken);
    const form = new URLSearchParams(delivery.params).toString();
    const target = delivery.method === "GET" ? `${delivery.url}${delivery.url.includes("?") ? "&" : "?"}${form}` : delivery.url;
    const signature = twilioSignature(authToken, target, delivery.method === "GET" ? {} : delivery.params);
    return send(delivery, target, {
      method: delivery.method,
      headers: {
        "X-Twilio-Signature": signature,
        "I-Twilio-Idempotency-Token": delivery.idempotencyToken,
        "User-Agent": "TwilioProxy/1.1",
        ...(delivery.method === "POST" ? { "Content-Type": "application/x-www-form-urlencoded" } : {}),
      },
      body: delivery.method === "POST" ? form : undefined,
    });
  }

  /** A JSON body: Twilio appends bodySHA256 (hex SHA-256 of the body) to the URL and signs that URL alone. */
  async function attemptJson(delivery: Delivery, authToken: string): Promise<boolean> {
    const body = delivery.json ?? "";
    const hash = createHash("sha256").update(body, "utf8").digest("hex");
    const target = `${delivery.url}${delivery.url.includes("?") ? "&" : "?"}bodySHA256=${hash}`;
    return send(delivery, target, {
      method: "POST",
      headers: {
        "X-Twilio-Signature": twilioSignature(authToken, target, {}),
        "I-Twilio-Idempotency-Token": delivery.idempotencyToken,
        "User-Agent": "Twilio-Events/1.0",
        "Content-Type": "application/json",
      },
      body,
    });
  }

  /** One attempt, kept on the delivery: the answer's status, or 0 when none came in time. True when the receiver took it. */
  async function send(delivery: Delivery, target: string, request: RequestInit): Promise<boolean> {
    try {
      const answer = await fetch(target, { ...request, signal: AbortSignal.timeout(timeoutMs) });
      delivery.answer = await answer.text();
      delivery.attempts.push(answer.status);
      return answer.ok;
    } catch {
      delivery.attempts.push(0);
      return false;
    }
  }

  return {
    deliveries,
    deliver({ url, method = "POST", params, json, authToken }) {
      const delivery: Delivery = {
        url,
        method: method.toUpperCase() === "GET" ? "GET" : "POST",
        params,
        ...(json === undefined ? {} : { json }),
        idempotencyToken: `${randomUUID()}-${Date.now()}`,
        attempts: [],
      };
      deliveries.push(delivery);
      const run = (async () => {
        for (let tries = 0; tries < attempts; tries += 1) if (await attempt(delivery, authToken)) break;
        return delivery;
      })();
      inFlight.add(run);
      run.finally(() => inFlight.delete(run));
      return run;
    },
    async idle() {
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    },
    reset() {
      deliveries.length = 0;
    },
  };
}
