import type VerifyV2 from "twilio/lib/rest/verify/V2";
import type { VerificationInstance, VerificationListInstance } from "twilio/lib/rest/verify/v2/service/verification";
import type { VerificationCheckListInstance } from "twilio/lib/rest/verify/v2/service/verificationCheck";
import { createOnceForKey, type IdempotencyOptions } from "../claims/keyedCreate";
import { checkedSid } from "../identifiers/sids";
import type { VERIFY_CHANNELS } from "../terms";
import { isNotFound, TwilioApiError } from "../transport/errors";
import { TWILIO_ORIGINS } from "../transport/origins";
import type { TwilioClient } from "../twilioClient";

export type VerifyChannel = (typeof VERIFY_CHANNELS)[number];

interface VerificationSend {
  serviceSid: string;
  /** E.164 for sms, call and whatsapp; an e-mail address for email (a Verify address). */
  to: string;
  channel: VerifyChannel;
  locale?: string;
  customFriendlyName?: string;
  customCode?: string;
  templateSid?: string;
}

/** A verification is named by its SID (VE...) or by the number or address the code went to. */
export type VerificationTarget = { verificationSid: string } | { to: string };

/** A verification as builders see it: twilio-node's resource as plain JSON, dates as ISO strings. */
export type VerificationRecord = Record<string, unknown>;

export interface VerificationCheckResult extends VerificationRecord {
  /** True only when the code was right: status approved. A wrong code leaves the verification pending. */
  approved: boolean;
  status: string;
}

interface VerifyResources {
  verifications(serviceSid: string): VerificationListInstance;
  checks(serviceSid: string): VerificationCheckListInstance;
}

/** Verify lives on verify.twilio.com. Only verifications and checks are loaded: the whole service module weighs about 97 KB. */
function verifyResources(client: TwilioClient): Promise<VerifyResources> {
  return client.product("verify", async (version) => {
    const [{ VerificationListInstance }, { VerificationCheckListInstance }] = await Promise.all([
      import(/* webpackChunkName: "verify" */ "twilio/lib/rest/verify/v2/service/verification"),
      import(/* webpackChunkName: "verify" */ "twilio/lib/rest/verify/v2/service/verificationCheck"),
    ]);
    const v2 = version(TWILIO_ORIGINS.verify, "v2") as VerifyV2;
    return {
      verifications: (serviceSid) => VerificationListInstance(v2, checkedServiceSid(serviceSid)),
      checks: (serviceSid) => VerificationCheckListInstance(v2, checkedServiceSid(serviceSid)),
    };
  });
}

const checkedServiceSid = (serviceSid: string) => checkedSid("verifyService", serviceSid, "ServiceSid");

function toRecord(instance: { toJSON(): object }): VerificationRecord {
  return JSON.parse(JSON.stringify(instance.toJSON()));
}

/** Sends a code. Never retried after it may have reached Twilio: a second try could text the person a second code. */
export async function sendVerification(client: TwilioClient, send: VerificationSend): Promise<VerificationRecord> {
  const { serviceSid, ...options } = send;
  const created = await (await verifyResources(client)).verifications(serviceSid).create(options);
  return toRecord(created);
}

/**
 * Sends a code at most once per idempotency key (see createOnceForKey): a rerun gets the first
 * verification, as it is now. Verify keeps no log of verifications to search, so a claim left by
 * an execution that stopped stays "may have been sent".
 */
export function sendVerificationOnce(client: TwilioClient, send: VerificationSend, run: IdempotencyOptions) {
  return createOnceForKey(client, run, send, {
    noun: "verification",
    create: () => sendVerification(client, send),
    replay: async (prior) => {
      const resources = await verifyResources(client);
      try {
        return toRecord(await verification(resources, send.serviceSid, { verificationSid: prior.sid }).fetch());
      } catch (error) {
        // Twilio forgets a verification once it expires (10 minutes by default): what the ledger kept is all there is.
        if (!isNotFound(error)) throw error;
        return { sid: prior.sid, serviceSid: send.serviceSid, dateCreated: prior.createdAt };
      }
    },
  });
}

/**
 * Checks a code. A wrong code is an answer (approved false, status pending). Twilio answers 404
 * once the verification is no longer pending (approved, expired, canceled, out of attempts), without
 * saying which: its status is then read back to say so, when Twilio still has it.
 */
export async function checkVerification(
  client: TwilioClient,
  serviceSid: string,
  target: VerificationTarget,
  code: string,
): Promise<VerificationCheckResult> {
  const resources = await verifyResources(client);
  try {
    const checked = await resources.checks(serviceSid).create({ code, ...target });
    return { ...toRecord(checked), approved: checked.status === "approved", status: checked.status };
  } catch (error) {
    if (!isNotFound(error)) throw error;
    throw noLongerPending(serviceSid, target, await statusIfKnown(resources, serviceSid, target), "no code can be checked against it");
  }
}

/** Cancels a pending verification, so its code no longer works. */
export async function cancelVerification(
  client: TwilioClient,
  serviceSid: string,
  target: VerificationTarget,
): Promise<VerificationRecord> {
  const resources = await verifyResources(client);
  try {
    return toRecord(await verification(resources, serviceSid, target).update({ status: "canceled" }));
  } catch (error) {
    if (!isNotFound(error)) throw error;
    throw noLongerPending(serviceSid, target, await statusIfKnown(resources, serviceSid, target), "there is nothing to cancel");
  }
}

function verification(resources: VerifyResources, serviceSid: string, target: VerificationTarget) {
  // A SID is one path segment by its pattern; a number ("+") or e-mail address ("@") is encoded.
  const id = "verificationSid" in target ? checkedVerificationSid(target.verificationSid) : encodeURIComponent(target.to);
  return resources.verifications(serviceSid)(id);
}

const checkedVerificationSid = (sid: string) => checkedSid("verification", sid, "VerificationSid");

/**
 * The verification's status when Twilio still answers for it; undefined when it is gone too, or
 * when the read fails (status reads have their own rate limit): the 404 already says what matters.
 */
async function statusIfKnown(resources: VerifyResources, serviceSid: string, target: VerificationTarget): Promise<string | undefined> {
  try {
    const found: VerificationInstance = await verification(resources, serviceSid, target).fetch();
    return found.status;
  } catch {
    return undefined;
  }
}

/** What to do once a verification has ended, in Twilio's terms; the component names its action instead (sayingToSendAgain). */
const START_AGAIN = "Start a new verification if the person still needs to verify.";

const APPROVED =
  "It was already approved: the right code was checked before. Treat the person as verified, or send a new code for a new sign-in.";

const ENDED_BECAUSE: Record<string, string> = {
  canceled: "It was canceled.",
  expired: "Its code expired (codes last 10 minutes unless the Verify Service says otherwise).",
  max_attempts_reached: "It ran out of attempts: too many wrong codes were checked.",
  failed: "Twilio could not deliver its code.",
};

const GONE =
  "Twilio keeps a verification only while it is pending: its code expired (10 minutes by default), was already approved, ran out of attempts or was canceled, " +
  "or the code was sent from another Verify Service or to another number or address.";

const MORE_INFO = "https://www.twilio.com/docs/errors/20404";

/** Twilio's 404 for a verification that is no longer pending, with why where its status still says. */
export class VerificationNotPendingError extends TwilioApiError {
  constructor(
    /** "Twilio error 20404 (HTTP 404): ... is no longer pending ..., so ...": what happened, before what to do. */
    private readonly statement: string,
    private readonly status: string | undefined,
  ) {
    const { message, fix } = VerificationNotPendingError.said(statement, status, START_AGAIN);
    super(message, { code: 20404, status: 404, moreInfo: MORE_INFO, fix });
  }

  /** The message and fix with `sendAgain` as the way to a new code. */
  sayingToSendAgain(sendAgain: string): { message: string; fix: string } {
    return VerificationNotPendingError.said(this.statement, this.status, sendAgain);
  }

  private static said(statement: string, status: string | undefined, sendAgain: string): { message: string; fix: string } {
    const fix = status === "approved" ? APPROVED : `${(status && ENDED_BECAUSE[status]) || GONE} ${sendAgain}`;
    return { message: `${statement} ${fix} More info: ${MORE_INFO}`, fix };
  }
}

function noLongerPending(
  serviceSid: string,
  target: VerificationTarget,
  readStatus: string | undefined,
  consequence: string,
): TwilioApiError {
  // Twilio answered 404 for the verification, so a "pending" read back says nothing about why.
  const status = readStatus === "pending" ? undefined : readStatus;
  const who = "verificationSid" in target ? `verification ${target.verificationSid}` : `the verification sent to ${target.to}`;
  const statement = `Twilio error 20404 (HTTP 404): ${who} on Verify Service ${serviceSid} is no longer pending${status ? ` (status ${status})` : ""}, so ${consequence}.`;
  return new VerificationNotPendingError(statement, status);
}
