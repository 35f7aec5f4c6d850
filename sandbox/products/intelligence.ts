import { badRequest, notFound } from "../core/errors";
import { v1Page } from "../core/paging";
import type { ProductFactory, SandboxRequest } from "../core/types";
import { callLog } from "./callLog";
import {
  type IntelligenceService,
  intelligenceOf,
  sentencesJson,
  serviceJson,
  statusOf,
  type Transcript,
  transcriptJson,
} from "./intelligenceLog";

const HOST = "intelligence";

/**
 * Voice Intelligence v2 (intelligence.twilio.com): services, and transcripts of the account's call
 * recordings. A transcript is queued, in progress a second later and completed two seconds after
 * it was created (sandbox time), with a sentence for each ten seconds of the recording, speakers
 * taking turns (intelligenceLog.ts). A recording has one transcript: a second is refused until
 * the first is deleted.
 */
export const intelligence: ProductFactory = (context) => {
  const now = () => context.clock.now();
  const findTranscript = (request: SandboxRequest, sid: string) => {
    const found = intelligenceOf(context, request.account.sid).transcripts.find((one) => one.sid === sid);
    if (!found) throw notFound(`The requested resource /v2/Transcripts/${sid}`);
    return found;
  };
  const recordingOf = (request: SandboxRequest, channel: unknown) => {
    const parsed = typeof channel === "string" ? (JSON.parse(channel) as unknown) : channel;
    const sid = (parsed as { media_properties?: { source_sid?: string } } | null)?.media_properties?.source_sid;
    const recording = callLog(context, request.account.sid).recordings.find((one) => one.sid === sid);
    if (!recording) throw badRequest(20404, `Channel: no recording ${sid ?? "(media_properties.source_sid missing)"} in this account`);
    return recording;
  };

  return {
    name: "intelligence",
    spec: "twilio_intelligence_v2.json",
    prefix: `/${HOST}`,
    routes: [
      {
        method: "POST",
        path: "/v2/Services",
        handle: (request) => {
          const services = intelligenceOf(context, request.account.sid).services;
          const uniqueName = String(request.body.UniqueName);
          if (services.some((one) => one.uniqueName === uniqueName)) throw badRequest(20001, `UniqueName ${uniqueName} is already in use`);
          const service: IntelligenceService = {
            sid: context.sid("GA"),
            uniqueName,
            friendlyName: (request.body.FriendlyName as string | undefined) ?? null,
            languageCode: String(request.body.LanguageCode ?? "en-US"),
            created: now(),
            updated: now(),
          };
          services.push(service);
          return { status: 201, json: serviceJson(request.account.sid, service) };
        },
      },
      {
        method: "GET",
        path: "/v2/Services",
        handle: (request) => {
          const services = intelligenceOf(context, request.account.sid).services.map((one) => serviceJson(request.account.sid, one));
          return { status: 200, json: v1Page(request, HOST, "services", services) };
        },
      },
      {
        method: "POST",
        path: "/v2/Transcripts",
        handle: (request) => {
          const state = intelligenceOf(context, request.account.sid);
          const serviceSid = String(request.body.ServiceSid);
          if (!state.services.some((one) => one.sid === serviceSid)) throw notFound(`The requested resource /v2/Services/${serviceSid}`);
          const recording = recordingOf(request, request.body.Channel);
          if (state.transcripts.some((one) => one.recordingSid === recording.sid)) {
            throw badRequest(20001, `Recording ${recording.sid} already has a transcript: delete it to transcribe again`);
          }
          const transcript: Transcript = {
            sid: context.sid("GT"),
            serviceSid,
            recordingSid: recording.sid,
            customerKey: (request.body.CustomerKey as string | undefined) ?? null,
            duration: recording.duration,
            created: now(),
          };
          state.transcripts.push(transcript);
          return { status: 202, json: transcriptJson(request.account.sid, transcript, now()) };
        },
      },
      {
        method: "GET",
        path: "/v2/Transcripts",
        handle: (request) => {
          const { ServiceSid, Status, SourceSid, AfterDateCreated } = request.query as Record<string, string | undefined>;
          const after = AfterDateCreated ? Date.parse(AfterDateCreated) : Number.NEGATIVE_INFINITY;
          const found = intelligenceOf(context, request.account.sid)
            .transcripts.filter(
              (one) =>
                (!ServiceSid || one.serviceSid === ServiceSid) &&
                (!Status || statusOf(one, now()) === Status) &&
                (!SourceSid || one.recordingSid === SourceSid) &&
                one.created >= after,
            )
            .sort((a, b) => b.created - a.created)
            .map((one) => transcriptJson(request.account.sid, one, now()));
          return { status: 200, json: v1Page(request, HOST, "transcripts", found) };
        },
      },
      {
        method: "GET",
        path: "/v2/Transcripts/{Sid}",
        handle: (request) => ({
          status: 200,
          json: transcriptJson(request.account.sid, findTranscript(request, request.params.Sid), now()),
        }),
      },
      {
        method: "DELETE",
        path: "/v2/Transcripts/{Sid}",
        handle: (request) => {
          const transcripts = intelligenceOf(context, request.account.sid).transcripts;
          transcripts.splice(transcripts.indexOf(findTranscript(request, request.params.Sid)), 1);
          return { status: 204 };
        },
      },
      {
        method: "GET",
        path: "/v2/Transcripts/{TranscriptSid}/Sentences",
        handle: (request) => {
          const transcript = findTranscript(request, request.params.TranscriptSid);
          const sentences = sentencesJson(transcript, now());
          return { status: 200, json: v1Page(request, HOST, "sentences", sentences) };
        },
      },
    ],
  };
};
