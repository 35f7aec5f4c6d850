import { onFilteredDays } from "../core/dayFilter";
import { badRequest, notFound } from "../core/errors";
import { v2010Page } from "../core/paging";
import type { ProductFactory, SandboxRequest } from "../core/types";
import {
  ANSWER_AFTER_MS,
  voiceBase as base,
  CALL_SECONDS,
  callJson,
  callLog,
  ENDED,
  RING_AFTER_MS,
  recordingJson,
  type StoredCall,
  silentWav,
} from "./callLog";
import { callSeeds } from "./callSeeds";
import { inboundTarget } from "./incomingPhoneNumbers";
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
 * for); with Record=true it leaves a recording whose audio can be downloaded (.wav or .mp3).
 * Incoming calls are simulated through /__sandbox/incoming/calls.
 */
export const calls: ProductFactory = (context) => {
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
  const find = (request: SandboxRequest, sid: string) => {
    const call = callLog(context, request.account.sid).calls.find((candidate) => candidate.sid === sid);
    if (!call) throw notFound(`The requested resource ${base(request.account.sid)}/Calls/${sid}.json`);
    return call;
  };
  const findRecording = (request: SandboxRequest) => {
    const sid = request.params.Sid.replace(/\.(wav|mp3)$/, "");
    const recording = callLog(context, request.account.sid).recordings.find((candidate) => candidate.sid === sid);
    if (!recording) throw notFound(`The requested resource ${base(request.account.sid)}/Recordings/${sid}.json`);
    return recording;
  };
  const listRecordings = (request: SandboxRequest, callSid?: string) => {
    const found = callLog(context, request.account.sid)
      .recordings.filter((recording) => !callSid || recording.call_sid === callSid)
      .filter((recording) => onFilteredDays(request.query, "DateCreated", recording.created))
      // Reversed first: of two made in the same millisecond, the one made later is the newer.
      .reverse()
      .sort((a, b) => b.created - a.created);
    return { status: 200, json: v2010Page(request, "recordings", found.map(recordingJson)) };
  };

  return {
    name: "calls",
    spec: "twilio_api_v2010.json",
    prefix: "",
    settle() {
      const now = context.clock.now();
      for (const account of context.accounts()) for (const call of callLog(context, account.sid).calls) advance(call, now);
    },
    control: [
      ...callSeeds(context),
      {
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
      },
    ],
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
          const found = callLog(context, request.account.sid)
            .calls.filter((call) => (!To || call.to === To) && (!From || call.from === From) && (!Status || call.status === Status))
            .filter((call) => onFilteredDays(request.query, "StartTime", call.started))
            .reverse()
            .sort(newestFirst);
          return { status: 200, json: v2010Page(request, "calls", found.map(callJson)) };
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
      {
        method: "GET",
        path: "/2010-04-01/Accounts/{AccountSid}/Recordings.json",
        handle: (request) => listRecordings(request, request.query.CallSid as string | undefined),
      },
      {
        method: "GET",
        path: "/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Recordings.json",
        handle: (request) => listRecordings(request, find(request, request.params.CallSid).sid),
      },
      {
        method: "GET",
        path: "/2010-04-01/Accounts/{AccountSid}/Recordings/{Sid}.json",
        handle: (request) => ({ status: 200, json: recordingJson(findRecording(request)) }),
      },
      {
        method: "DELETE",
        path: "/2010-04-01/Accounts/{AccountSid}/Recordings/{Sid}.json",
        handle: (request) => {
          const log = callLog(context, request.account.sid);
          log.recordings.splice(log.recordings.indexOf(findRecording(request)), 1);
          return { status: 204 };
        },
      },
      {
        // The audio itself (…/Recordings/RE….wav or .mp3): not described by the JSON spec.
        method: "GET",
        path: "/2010-04-01/Accounts/{AccountSid}/Recordings/{Sid}",
        checked: false,
        handle: (request) => {
          findRecording(request);
          const mp3 = request.params.Sid.endsWith(".mp3");
          return { status: 200, body: silentWav(), headers: { "content-type": mp3 ? "audio/mpeg" : "audio/x-wav" } };
        },
      },
    ],
  };
};
