import { ACCOUNT_SID } from "../../support/harness";
import type { IncomingRequest, LoopbackReply } from "../../support/loopback";

export const SERVICE_SID = `VA${"0123456789abcdef".repeat(2)}`;
export const VERIFICATION_SID = `VE${"fedcba9876543210".repeat(2)}`;
export const VERIFICATIONS_PATH = `/verify/v2/Services/${SERVICE_SID}/Verifications`;
export const CHECK_PATH = `/verify/v2/Services/${SERVICE_SID}/VerificationCheck`;

/** Verify's answer for a verification or a check, as documented. */
export function verificationBody(overrides: Record<string, unknown> = {}) {
  return {
    sid: VERIFICATION_SID,
    service_sid: SERVICE_SID,
    account_sid: ACCOUNT_SID,
    to: "+15558675310",
    channel: "sms",
    status: "pending",
    valid: false,
    date_created: "2026-11-20T16:04:31Z",
    date_updated: "2026-11-20T16:04:31Z",
    url: `https://verify.twilio.com/v2/Services/${SERVICE_SID}/Verifications/${VERIFICATION_SID}`,
    ...overrides,
  };
}

/**
 * Answers what the test scripts and passes every other request to the contract server, so the
 * requests a rare answer leads to (a status read after a 404) are still checked against the spec.
 */
export function passThrough(contractUrl: string, scripted: (req: IncomingRequest) => LoopbackReply | undefined) {
  /** What the contract server answered to each request passed to it. */
  const answered: { request: string; status: number }[] = [];
  const handler = async (req: IncomingRequest): Promise<LoopbackReply> => {
    const reply = scripted(req);
    if (reply) return reply;
    const query = req.query.toString();
    const response = await fetch(`${contractUrl}${req.path}${query ? `?${query}` : ""}`, {
      method: req.method,
      headers: { authorization: String(req.headers.authorization), "content-type": String(req.headers["content-type"] ?? "") },
      body: req.method === "GET" ? undefined : req.rawBody,
    });
    answered.push({ request: `${req.method} ${req.path}`, status: response.status });
    return { status: response.status, body: await response.text(), headers: { "content-type": "application/json" } };
  };
  return { handler, answered };
}
