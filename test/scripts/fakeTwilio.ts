/**
 * Loopback stand-ins for api.twilio.com, for `npm run test:live`. They answer as Twilio documents
 * it answers (test-credential magic numbers; the message lifecycle), written out here on their
 * own rather than taken from the script, so a wrong number or code in the script shows up.
 */
import { createdMessageBody, type LoopbackHandler, type LoopbackReply, type RecordedRequest, twilioErrorBody } from "../support/loopback";

export const basicAuth = (user: string, secret: string) => `Basic ${Buffer.from(`${user}:${secret}`).toString("base64")}`;

/** Twilio's test-credential magic numbers (docs: IAM > Test Credentials, "Magic input"). */
const VALID_FROM = "+15005550006";
const INVALID = "+15005550001";

const error = (code: number, message: string, status = 400): LoopbackReply => ({ status, json: twilioErrorBody(code, message, status) });

let createdCallCount = 0;

function createdCallBody(form: URLSearchParams) {
  createdCallCount += 1;
  return { sid: `CA${String(createdCallCount).padStart(32, "0")}`, to: form.get("To"), from: form.get("From"), status: "queued" };
}

/** Twilio with test credentials: only creates of Messages and Calls are allowed, answered by the magic numbers. */
export function testCredentialTwilio(accountSid: string, authToken: string): LoopbackHandler {
  const account = `/2010-04-01/Accounts/${accountSid}`;
  return (request) => {
    if (request.headers.authorization !== basicAuth(accountSid, authToken)) return error(20003, "Authenticate", 401);
    const { form } = request;
    const from = form.get("From");
    const to = form.get("To");
    if (request.method === "POST" && request.path === `${account}/Messages.json`) {
      if (from === INVALID)
        return error(21212, `The 'From' number ${from} is not a valid phone number, shortcode, or alphanumeric sender ID.`);
      if (to === INVALID) return error(21211, `Invalid 'To' Phone Number: ${to}`);
      if (from !== VALID_FROM)
        return error(21606, `The 'From' phone number provided (${from}) is not a valid message-capable Twilio phone number.`);
      if (!form.get("Body")) return error(21602, "Message body is required.");
      return { status: 201, json: createdMessageBody(form) };
    }
    if (request.method === "POST" && request.path === `${account}/Calls.json`) {
      if (from === INVALID) return error(21212, `The 'From' number ${from} is not a valid phone number.`);
      if (to === INVALID) return error(21217, `Phone number does not appear to be valid: ${to}`);
      if (from !== VALID_FROM) return error(21210, `The source phone number provided, ${from}, is not yet verified for your account.`);
      if (!form.get("Twiml") && !form.get("Url")) return error(21205, "Url parameter is required.");
      return { status: 201, json: createdCallBody(form) };
    }
    return error(20008, "Resource not accessible with Test Account Credentials", 403);
  };
}

export interface LiveTwilioOptions {
  accountSid: string;
  /** The Basic-auth user and secret the connection must send: Account SID + Auth Token, or API Key SID + secret. */
  user: string;
  secret: string;
  /** The status of the message at each read, the last one repeating. */
  statuses: string[];
  /** How many DELETEs of a finished message are refused with 20009 before one succeeds. */
  deleteRefusals?: number;
}

const IN_PROGRESS = new Set(["accepted", "queued", "sending"]);

/** Twilio with live credentials, for one message: create, read (its status moving on), redact, delete. */
export function liveTwilio(options: LiveTwilioOptions): LoopbackHandler {
  const messages = `/2010-04-01/Accounts/${options.accountSid}/Messages`;
  const stored = new Map<string, { record: Record<string, unknown>; reads: number; deleted: boolean }>();
  let refusals = options.deleteRefusals ?? 0;
  const status = (entry: { reads: number }) => options.statuses[Math.min(entry.reads, options.statuses.length - 1)];

  return (request: RecordedRequest) => {
    if (request.headers.authorization !== basicAuth(options.user, options.secret)) return error(20003, "Authenticate", 401);
    if (request.method === "POST" && request.path === `${messages}.json`) {
      const record = { ...createdMessageBody(request.form), account_sid: options.accountSid, error_code: null };
      stored.set(record.sid, { record, reads: 0, deleted: false });
      return { status: 201, json: record };
    }
    const sid = request.path.match(new RegExp(`^${messages}/(\\w+)\\.json$`))?.[1];
    const entry = sid ? stored.get(sid) : undefined;
    if (!entry || entry.deleted) return error(20404, `The requested resource ${request.path} was not found`, 404);
    if (request.method === "GET") {
      const reply = { status: 200, json: { ...entry.record, status: status(entry) } };
      entry.reads++;
      return reply;
    }
    if (request.method === "POST" && request.form.has("Body")) {
      entry.record.body = request.form.get("Body");
      return { status: 200, json: { ...entry.record, status: status(entry) } };
    }
    if (request.method === "DELETE") {
      if (IN_PROGRESS.has(status(entry)) || refusals-- > 0) return error(20009, "Cannot delete this resource before it is complete", 409);
      entry.deleted = true;
      return { status: 204 };
    }
    return error(20001, `Unexpected ${request.method} ${request.path}`);
  };
}
