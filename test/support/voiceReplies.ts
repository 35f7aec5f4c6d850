import { ACCOUNT_SID } from "./harness";
import { rfc2822 } from "./loopback";

/** Twilio's RFC 2822 dates, as in its JSON. */

export const CALLS_PATH = `/2010-04-01/Accounts/${ACCOUNT_SID}/Calls`;
export const RECORDINGS_PATH = `/2010-04-01/Accounts/${ACCOUNT_SID}/Recordings`;

export function callSid(n: number): string {
  return `CA${n.toString(16).padStart(32, "0")}`;
}

export function recordingSid(n: number): string {
  return `RE${n.toString(16).padStart(32, "0")}`;
}

/** A call resource as Twilio answers it, with the given fields in Twilio's snake_case. */
export function callBody(fields: Record<string, unknown> = {}) {
  const sid = (fields.sid as string | undefined) ?? callSid(1);
  return {
    sid,
    account_sid: ACCOUNT_SID,
    to: "+15558675310",
    from: "+15017122661",
    status: "queued",
    direction: "outbound-api",
    start_time: null,
    end_time: null,
    duration: null,
    date_created: rfc2822(Date.now()),
    uri: `${CALLS_PATH}/${sid}.json`,
    ...fields,
  };
}
