import { filteredDays } from "../core/dayFilter";
import { badRequest, notFound } from "../core/errors";
import { renderedList, v2010Page } from "../core/paging";
import type { ProductFactory, SandboxRequest } from "../core/types";
import { callLifecycle } from "./callLifecycle";
import { voiceBase as base, callJson, callLog, ENDED, type StoredCall } from "./callLog";
import { recordingRoutes } from "./callRecordings";
import { callSeeds } from "./callSeeds";
import { incomingCalls } from "./incomingCalls";
import { callRefusal } from "./testCredentials";

/**
 * As messages are listed: calls not started yet first, then by start time, newest first, and of two
 * started at once the one made later first (Twilio's exact order is not documented). Sorts a list
 * reversed from the log's order, so that ties keep the newer first.
 */
function newestFirst(a: StoredCall, b: StoredCall): number {
  return Number(b.started === null) - Number(a.started === null) || (b.started ?? b.created) - (a.started ?? a.created);
}

/**
 * Calls and their recordings (api.twilio.com 2010-04-01). A call goes queued, ringing,
 * in-progress and completed as the sandbox clock passes (status callbacks for the events asked
 * for: callLifecycle.ts); with Record=true it leaves a recording whose audio can be downloaded
 * (.wav or .mp3: callRecordings.ts). Incoming calls are simulated through /__sandbox/incoming/calls
 * (incomingCalls.ts), earlier calls through /__sandbox/calls/seed (callSeeds.ts).
 */
export const calls: ProductFactory = (context) => {
  const { advance, end } = callLifecycle(context);
  const find = (request: SandboxRequest, sid: string) => {
    const call = callLog(context, request.account.sid).calls.find((candidate) => candidate.sid === sid);
    if (!call) throw notFound(`The requested resource ${base(request.account.sid)}/Calls/${sid}.json`);
    return call;
  };

  return {
    name: "calls",
    spec: "twilio_api_v2010.json",
    prefix: "",
    settle() {
      const now = context.clock.now();
      for (const account of context.accounts()) for (const call of callLog(context, account.sid).calls) advance(call, now);
    },
    control: [...callSeeds(context), incomingCalls(context)],
    routes: [
      {
        method: "POST",
        path: "/2010-04-01/Accounts/{AccountSid}/Calls.json",
        testCredentials: true,
        handle: (request) => {
          const { body } = request;
          const refused = request.account.test ? callRefusal(body.From, body.To) : undefined;
          if (refused) throw refused;
          if (!body.Url && !body.Twiml && !body.ApplicationSid) throw badRequest(21205, "Url parameter is required.");
          const events = (body.StatusCallbackEvent as string[] | undefined) ?? ["completed"];
          const call: StoredCall = {
            sid: context.sid("CA"),
            account_sid: request.account.sid,
            to: String(body.To),
            from: String(body.From),
            direction: "outbound-api",
            status: "queued",
            created: context.clock.now(),
            started: null,
            ended: null,
            record: body.Record === true,
            statusCallback: body.StatusCallback ? String(body.StatusCallback) : null,
            events: events.flatMap((event) => event.split(" ")),
          };
          // With test credentials Twilio keeps nothing: the call is answered, never placed, never called back.
          if (!request.account.test) callLog(context, request.account.sid).calls.push(call);
          return { status: 201, json: callJson(call) };
        },
      },
      {
        method: "GET",
        path: "/2010-04-01/Accounts/{AccountSid}/Calls.json",
        handle: (request) => {
          const { To, From, Status } = request.query as Record<string, string | undefined>;
          const startedOnDays = filteredDays(request.query, "StartTime");
          const found = callLog(context, request.account.sid)
            .calls.filter((call) => (!To || call.to === To) && (!From || call.from === From) && (!Status || call.status === Status))
            .filter((call) => startedOnDays(call.started))
            .reverse()
            .sort(newestFirst);
          return { status: 200, json: v2010Page(request, "calls", renderedList(found, callJson)) };
        },
      },
      {
        method: "GET",
        path: "/2010-04-01/Accounts/{AccountSid}/Calls/{Sid}.json",
        handle: (request) => ({ status: 200, json: callJson(find(request, request.params.Sid)) }),
      },
      {
        method: "POST",
        path: "/2010-04-01/Accounts/{AccountSid}/Calls/{Sid}.json",
        handle: (request) => {
          const call = find(request, request.params.Sid);
          // A call that has ended can no longer be changed (Twilio's 21220).
          if (ENDED.has(call.status)) throw badRequest(21220, "Invalid call state: the call has ended");
          const status = request.body.Status as string | undefined;
          if (status === "canceled" && ["queued", "ringing"].includes(call.status)) end(call, "canceled", context.clock.now());
          if (status === "completed" && call.status === "in-progress") end(call, "completed", context.clock.now());
          return { status: 200, json: callJson(call) };
        },
      },
      {
        method: "DELETE",
        path: "/2010-04-01/Accounts/{AccountSid}/Calls/{Sid}.json",
        handle: (request) => {
          const log = callLog(context, request.account.sid);
          log.calls.splice(log.calls.indexOf(find(request, request.params.Sid)), 1);
          return { status: 204 };
        },
      },
      ...recordingRoutes(context, find),
    ],
  };
};
