import { twilioError } from "./errors";
import type { Fault } from "./faults";
import type { Reply } from "./types";

/** The error codes a fault rule may name, as Twilio words them, with the status Twilio answers them with when not the rule's own. */
const faultAnswers: Record<number, { status?: number; message: string }> = {
  20403: { status: 403, message: "Permission Denied" },
  20404: { status: 404, message: "The requested resource was not found" },
  20429: { message: "Too Many Requests" },
  20503: { status: 503, message: "Service Unavailable" },
  21211: { message: "Invalid 'To' Phone Number" },
  21610: { message: "Attempt to send to unsubscribed recipient" },
  // What Twilio answers to a DELETE of a message it is not done with, sometimes for a while after its final status.
  20009: { status: 409, message: "Cannot delete message because delivery has not been completed." },
  60200: { message: "Invalid parameter" },
  60203: { message: "Max send attempts reached" },
  60205: { message: "SMS is not supported by landline phone number" },
  60212: { message: "Too many concurrent requests for phone number" },
  // WhatsApp's refusals of a send, as Twilio words them.
  21910: { message: "Invalid From and To pair. From and To should be of the same channel" },
  63003: { message: "Channel could not find To address" },
  63007: { message: "Twilio could not find a Channel with the specified From address" },
  63015: { message: "Channel Sandbox can only send messages to phone numbers that have joined the Sandbox" },
  63016: { message: "Failed to send freeform message because you are outside the allowed window." },
  63018: { message: "Rate limit exceeded for Channel" },
  63024: { message: "Invalid message recipient" },
  63027: { message: "Template does not exist for a language and locale" },
  63028: { message: "Number of parameters provided does not match the expected number of parameters" },
  63032: { message: "User's number is part of an experiment" },
  63049: { message: "Meta chose not to deliver this WhatsApp marketing message" },
};
const faultAnswer = (status: number, code: number, headers?: Record<string, string>) =>
  twilioError(
    faultAnswers[code]?.status ?? status,
    code,
    faultAnswers[code]?.message ?? "Refused by the sandbox's fault injector",
    headers,
  );

/** What a fault that strikes before the work answers; undefined when it answers nothing (the connection is reset). */
export function answerBeforeWork(fault: Fault): Reply | undefined {
  if (fault.kind === "429") return faultAnswer(429, fault.code ?? 20429, { "retry-after": String(fault.retryAfter) });
  if (fault.kind === "500-before") return twilioError(500, 20500, "Internal Server Error");
  if (fault.kind === "bad-gateway")
    return { status: 502, body: "<html><body><h1>502 Bad Gateway</h1></body></html>", headers: { "content-type": "text/html" } };
  if (fault.kind === "refused") return faultAnswer(400, fault.code ?? 21211);
  return undefined;
}
