import type { SandboxContext } from "../core/types";
import { ANSWER_AFTER_MS, CALL_SECONDS, callLog, ENDED, RING_AFTER_MS, type StoredCall } from "./callLog";

/**
 * How an outbound call moves as the sandbox clock passes: queued, ringing, in-progress and
 * completed, with a status callback for each event the call asked for; a call made with
 * Record=true leaves a recording when it ends.
 */
export function callLifecycle(context: SandboxContext) {
  const notify = (call: StoredCall, event: string) => {
    const account = context.account(call.account_sid);
    if (!call.statusCallback || !account || !call.events.includes(event)) return;
    void context.callbacks.deliver({
      url: call.statusCallback,
      authToken: account.authToken,
      params: {
        AccountSid: call.account_sid,
        ApiVersion: "2010-04-01",
        CallSid: call.sid,
        CallStatus: call.status,
        Direction: call.direction,
        From: call.from,
        To: call.to,
        ...(call.ended !== null && call.started !== null ? { CallDuration: String(Math.round((call.ended - call.started) / 1000)) } : {}),
      },
    });
  };
  const end = (call: StoredCall, status: string, at: number) => {
    call.status = status;
    call.ended = at;
    if (call.record && call.started !== null) {
      callLog(context, call.account_sid).recordings.push({
        sid: context.sid("RE"),
        account_sid: call.account_sid,
        call_sid: call.sid,
        created: at,
        duration: Math.round((at - call.started) / 1000),
      });
    }
    notify(call, "completed");
  };
  const advance = (call: StoredCall, now: number) => {
    if (ENDED.has(call.status) || call.direction === "inbound") return;
    if (call.status === "queued" && now >= call.created + RING_AFTER_MS) {
      call.status = "ringing";
      notify(call, "ringing");
    }
    if (call.status === "ringing" && now >= call.created + ANSWER_AFTER_MS) {
      call.status = "in-progress";
      call.started = call.created + ANSWER_AFTER_MS;
      notify(call, "answered");
    }
    if (call.status === "in-progress" && call.started !== null && now >= call.started + CALL_SECONDS * 1000) {
      end(call, "completed", call.started + CALL_SECONDS * 1000);
    }
  };
  return { advance, end };
}
