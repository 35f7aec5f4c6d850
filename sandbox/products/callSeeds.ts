import { badRequest } from "../core/errors";
import type { ControlRoute, SandboxContext } from "../core/types";
import { CALL_SECONDS, callJson, callLog, recordingJson } from "./callLog";

/**
 * Calls and recordings as if made earlier (another step, another run): for tests of reading and
 * polling. Times are epoch ms; a seeded call has ended (completed unless Status says otherwise).
 */
export function callSeeds(context: SandboxContext): ControlRoute[] {
  const accountOf = (body: Record<string, unknown>) => {
    const account = context.account(String(body.AccountSid ?? context.accounts()[0]?.sid));
    if (!account) throw badRequest(20404, "No such account");
    return account;
  };
  return [
    {
      method: "POST",
      path: "calls/seed",
      handle: (body) => {
        const account = accountOf(body);
        const started = typeof body.StartTime === "number" ? body.StartTime : context.clock.now() - CALL_SECONDS * 1000;
        const status = String(body.Status ?? "completed");
        const call = {
          sid: typeof body.Sid === "string" ? body.Sid : context.sid("CA"),
          account_sid: account.sid,
          to: String(body.To ?? "+15558675310"),
          from: String(body.From ?? "+15017122661"),
          direction: body.Direction === "inbound" ? ("inbound" as const) : ("outbound-api" as const),
          status,
          created: started,
          started: ["queued", "ringing"].includes(status) ? null : started,
          ended: ["completed", "busy", "failed", "no-answer", "canceled"].includes(status) ? started + CALL_SECONDS * 1000 : null,
          record: false,
          statusCallback: null,
          events: [],
        };
        callLog(context, account.sid).calls.push(call);
        return callJson(call);
      },
    },
    {
      method: "POST",
      path: "recordings/seed",
      handle: (body) => {
        const account = accountOf(body);
        const recording = {
          sid: typeof body.Sid === "string" ? body.Sid : context.sid("RE"),
          account_sid: account.sid,
          call_sid: typeof body.CallSid === "string" ? body.CallSid : context.sid("CA"),
          created: typeof body.DateCreated === "number" ? body.DateCreated : context.clock.now(),
          duration: Number(body.Duration ?? CALL_SECONDS),
        };
        callLog(context, account.sid).recordings.push(recording);
        return recordingJson(recording);
      },
    },
  ];
}
