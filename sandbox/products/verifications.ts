import { randomInt } from "node:crypto";
import { iso8601 } from "../core/clock";
import { notFound, SandboxError, twilioError } from "../core/errors";
import type { SandboxContext } from "../core/types";

/**
 * Verify's verifications as Twilio keeps them: one per address and service while pending (a send
 * to an address with a pending verification is a resend of the same one, with the same code), at
 * most 5 sends (then 60203) and 5 checks (the next one is refused with 60202 and ends it), expired
 * after 10 minutes of sandbox time. Once approved, canceled, expired or out of attempts it still
 * reads back, but a check or a cancel of it is a 404, as at Twilio.
 */
export interface Verification {
  sid: string;
  serviceSid: string;
  to: string;
  channel: string;
  code: string;
  status: "pending" | "approved" | "canceled" | "expired" | "max_attempts_reached";
  sends: { time: number; channel: string; attemptSid: string }[];
  checks: number;
  created: number;
  updated: number;
}

const EXPIRES_AFTER_MS = 10 * 60_000;
const MAX_SENDS = 5;
const MAX_CHECKS = 5;

export const verifications = (context: SandboxContext, accountSid: string) =>
  context.state("verifications", accountSid, () => [] as Verification[]);

/** The verification with its status as of the sandbox's clock. */
export function current(context: SandboxContext, verification: Verification): Verification {
  if (verification.status === "pending" && context.clock.now() - verification.created > EXPIRES_AFTER_MS) verification.status = "expired";
  return verification;
}

/** The newest verification of the service named by its SID or, as Twilio also accepts, by its To. */
export function findVerification(context: SandboxContext, accountSid: string, serviceSid: string, sidOrTo: unknown) {
  const byTo = !/^VE[0-9a-f]{32}$/.test(String(sidOrTo));
  return verifications(context, accountSid)
    .filter((one) => one.serviceSid === serviceSid && (byTo ? one.to === sidOrTo : one.sid === sidOrTo))
    .map((one) => current(context, one))
    .at(-1);
}

export function sendVerification(
  context: SandboxContext,
  accountSid: string,
  serviceSid: string,
  codeLength: number,
  body: Record<string, unknown>,
) {
  const now = context.clock.now();
  const to = String(body.To);
  const channel = String(body.Channel);
  const pending = findVerification(context, accountSid, serviceSid, to);
  const verification: Verification =
    pending?.status === "pending"
      ? pending
      : {
          sid: context.sid("VE"),
          serviceSid,
          to,
          channel,
          // A CustomCode (an account Twilio has enabled for it) is the code sent instead of one of Verify's own.
          code: body.CustomCode === undefined ? String(randomInt(10 ** codeLength)).padStart(codeLength, "0") : String(body.CustomCode),
          status: "pending",
          sends: [],
          checks: 0,
          created: now,
          updated: now,
        };
  if (verification.sends.length >= MAX_SENDS) throw new SandboxError(twilioError(429, 60203, "Max send attempts reached"));
  if (verification !== pending) verifications(context, accountSid).push(verification);
  verification.channel = channel;
  verification.sends.push({ time: now, channel, attemptSid: context.sid("VL") });
  verification.updated = now;
  return verification;
}

/** A check of a code: approves the verification when it is the right one, counts an attempt when not. */
export function checkVerification(context: SandboxContext, verification: Verification | undefined, code: unknown) {
  if (verification?.status !== "pending") {
    throw new SandboxError(twilioError(404, 20404, "The requested resource VerificationCheck was not found"));
  }
  verification.updated = context.clock.now();
  if (verification.checks >= MAX_CHECKS) {
    verification.status = "max_attempts_reached";
    throw new SandboxError(twilioError(429, 60202, "Max check attempts reached"));
  }
  verification.checks += 1;
  if (code === verification.code) verification.status = "approved";
  return verification;
}

/** Cancels (or approves, as Twilio's Status=approved does) a pending verification; anything else is a 404. */
export function updateVerification(context: SandboxContext, verification: Verification | undefined, status: unknown) {
  if (verification?.status !== "pending") throw notFound();
  verification.status = status === "approved" ? "approved" : "canceled";
  verification.updated = context.clock.now();
  return verification;
}

export const verificationJson = (accountSid: string, verification: Verification) => ({
  sid: verification.sid,
  service_sid: verification.serviceSid,
  account_sid: accountSid,
  to: verification.to,
  channel: verification.channel,
  status: verification.status,
  valid: verification.status === "approved",
  lookup: {},
  amount: null,
  payee: null,
  send_code_attempts: verification.sends.map((send) => ({ time: iso8601(send.time), channel: send.channel, attempt_sid: send.attemptSid })),
  date_created: iso8601(verification.created),
  date_updated: iso8601(verification.updated),
  sna: null,
  url: `https://verify.twilio.com/v2/Services/${verification.serviceSid}/Verifications/${verification.sid}`,
});
