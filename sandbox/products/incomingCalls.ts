import { badRequest } from "../core/errors";
import type { ControlRoute, SandboxContext } from "../core/types";
import { callJson, callLog, type StoredCall } from "./callLog";
import { inboundTarget } from "./inboundTargets";

/**
 * POST /__sandbox/incoming/calls: a call to one of the account's numbers, kept ringing, and
 * Twilio's signed voice request sent to the number's URL (or the Url given).
 */
export function incomingCalls(context: SandboxContext): ControlRoute {
  return {
    method: "POST",
    path: "incoming/calls",
    handle: async (body) => {
      const to = String(body.To ?? "");
      const target = inboundTarget(context, to, "voice");
      const account = context.account(String(body.AccountSid ?? target?.accountSid ?? context.accounts()[0]?.sid));
      if (!account) throw badRequest(20404, `No account owns ${to}: add the number first (POST /__sandbox/numbers)`);
      const now = context.clock.now();
      const call: StoredCall = {
        sid: context.sid("CA"),
        account_sid: account.sid,
        to,
        from: String(body.From ?? ""),
        direction: "inbound",
        status: "ringing",
        created: now,
        started: null,
        ended: null,
        record: false,
        statusCallback: null,
        events: [],
      };
      callLog(context, account.sid).calls.push(call);
      const url = String(body.Url ?? target?.url ?? "");
      if (!url) return { call: callJson(call), delivery: null };
      const delivery = await context.callbacks.deliver({
        url,
        method: String(body.Method ?? target?.method ?? "POST"),
        authToken: account.authToken,
        params: {
          AccountSid: account.sid,
          ApiVersion: "2010-04-01",
          CallSid: call.sid,
          CallStatus: "ringing",
          Direction: "inbound",
          From: call.from,
          To: call.to,
          Caller: call.from,
          Called: call.to,
        },
      });
      return { call: callJson(call), delivery };
    },
  };
}
