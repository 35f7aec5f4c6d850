import { iso8601 } from "../core/clock";
import { badRequest, notFound } from "../core/errors";
import { v1Page } from "../core/paging";
import type { ProductFactory, SandboxContext, SandboxRequest } from "../core/types";
import { callLog } from "./callLog";

/**
 * Voice Intelligence v2 (intelligence.twilio.com): services, and transcripts of the account's call
 * recordings. A transcript is queued, in progress a second later and completed two seconds after
 * it was created (sandbox time), with a sentence for each ten seconds of the recording, speakers
 * taking turns. A recording has one transcript: a second is refused until the first is deleted.
 */
interface Service {
  sid: string;
  uniqueName: string;
  friendlyName: string | null;
  languageCode: string;
  created: number;
  updated: number;
}
interface Transcript {
  sid: string;
  serviceSid: string;
  recordingSid: string;
  customerKey: string | null;
  duration: number;
  created: number;
}

const HOST = "intelligence";
const STARTS_AFTER_MS = 1_000;
const COMPLETES_AFTER_MS = 2_000;
const SECONDS_PER_SENTENCE = 10;
const LINES = ["Thanks for calling, how can I help?", "I'd like to move my delivery to Friday.", "Sure, Friday it is.", "Thank you, bye."];

const intelligenceOf = (context: SandboxContext, accountSid: string) =>
  context.state("intelligence", accountSid, () => ({ services: [] as Service[], transcripts: [] as Transcript[] }));

export const intelligence: ProductFactory = (context) => {
  const now = () => context.clock.now();
  const serviceJson = (accountSid: string, service: Service) => ({
    account_sid: accountSid,
    auto_redaction: false,
    media_redaction: false,
    auto_transcribe: false,
    data_logging: false,
    date_created: iso8601(service.created),
    date_updated: iso8601(service.updated),
    friendly_name: service.friendlyName,
    language_code: service.languageCode,
    sid: service.sid,
    unique_name: service.uniqueName,
    url: `https://intelligence.twilio.com/v2/Services/${service.sid}`,
    webhook_url: null,
    webhook_http_method: "POST",
    read_only_attached_operator_sids: [],
    version: 1,
  });
  const statusOf = (transcript: Transcript) => {
    const age = now() - transcript.created;
    return age >= COMPLETES_AFTER_MS ? "completed" : age >= STARTS_AFTER_MS ? "in-progress" : "queued";
  };
  const transcriptJson = (accountSid: string, transcript: Transcript) => {
    const status = statusOf(transcript);
    const url = `https://intelligence.twilio.com/v2/Transcripts/${transcript.sid}`;
    return {
      account_sid: accountSid,
      service_sid: transcript.serviceSid,
      sid: transcript.sid,
      date_created: iso8601(transcript.created),
      date_updated: iso8601(status === "completed" ? transcript.created + COMPLETES_AFTER_MS : transcript.created),
      status,
      channel: { media_properties: { source_sid: transcript.recordingSid } },
      data_logging: false,
      language_code: "en-US",
      customer_key: transcript.customerKey,
      media_start_time: null,
      duration: transcript.duration,
      url,
      redaction: false,
      links: { sentences: `${url}/Sentences`, media: `${url}/Media`, operator_results: `${url}/OperatorResults` },
    };
  };
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
          const service: Service = {
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
          return { status: 202, json: transcriptJson(request.account.sid, transcript) };
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
                (!Status || statusOf(one) === Status) &&
                (!SourceSid || one.recordingSid === SourceSid) &&
                one.created >= after,
            )
            .sort((a, b) => b.created - a.created)
            .map((one) => transcriptJson(request.account.sid, one));
          return { status: 200, json: v1Page(request, HOST, "transcripts", found) };
        },
      },
      {
        method: "GET",
        path: "/v2/Transcripts/{Sid}",
        handle: (request) => ({ status: 200, json: transcriptJson(request.account.sid, findTranscript(request, request.params.Sid)) }),
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
          const count = statusOf(transcript) === "completed" ? Math.max(Math.ceil(transcript.duration / SECONDS_PER_SENTENCE), 1) : 0;
          const sentences = Array.from({ length: count }, (_, index) => ({
            media_channel: (index % 2) + 1,
            sentence_index: index,
            start_time: index * SECONDS_PER_SENTENCE,
            end_time: index * SECONDS_PER_SENTENCE + 3.5,
            transcript: LINES[index % LINES.length],
            sid: `GX${transcript.sid.slice(2, 26)}${String(index).padStart(8, "0")}`,
            confidence: 0.95,
            words: [],
          }));
          return { status: 200, json: v1Page(request, HOST, "sentences", sentences) };
        },
      },
    ],
  };
};
