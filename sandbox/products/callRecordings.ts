import { filteredDays } from "../core/dayFilter";
import { notFound } from "../core/errors";
import { renderedList, v2010Page } from "../core/paging";
import type { Route, SandboxContext, SandboxRequest } from "../core/types";
import { voiceBase as base, callLog, recordingJson, type StoredCall, silentWav } from "./callLog";

/**
 * The recordings calls leave: listed for the account or for one call (`findCall` finds the
 * request's call), read, deleted, and their audio downloaded as .wav or .mp3.
 */
export function recordingRoutes(context: SandboxContext, findCall: (request: SandboxRequest, sid: string) => StoredCall): Route[] {
  const findRecording = (request: SandboxRequest) => {
    const sid = request.params.Sid.replace(/\.(wav|mp3)$/, "");
    const recording = callLog(context, request.account.sid).recordings.find((candidate) => candidate.sid === sid);
    if (!recording) throw notFound(`The requested resource ${base(request.account.sid)}/Recordings/${sid}.json`);
    return recording;
  };
  const listRecordings = (request: SandboxRequest, callSid?: string) => {
    const createdOnDays = filteredDays(request.query, "DateCreated");
    const found = callLog(context, request.account.sid)
      .recordings.filter((recording) => !callSid || recording.call_sid === callSid)
      .filter((recording) => createdOnDays(recording.created))
      // Reversed first: of two made in the same millisecond, the one made later is the newer.
      .reverse()
      .sort((a, b) => b.created - a.created);
    return { status: 200, json: v2010Page(request, "recordings", renderedList(found, recordingJson)) };
  };
  return [
    {
      method: "GET",
      path: "/2010-04-01/Accounts/{AccountSid}/Recordings.json",
      handle: (request) => listRecordings(request, request.query.CallSid as string | undefined),
    },
    {
      method: "GET",
      path: "/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Recordings.json",
      handle: (request) => listRecordings(request, findCall(request, request.params.CallSid).sid),
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
  ];
}
