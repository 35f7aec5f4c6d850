import type { CallInstance } from "twilio/lib/rest/api/v2010/account/call";
import type { RecordingInstance } from "twilio/lib/rest/api/v2010/account/recording";
import type { CallListResult } from "../client/voice/callList";
import type { DeletedCall } from "../client/voice/calls";
import type { DeletedRecording, RecordingListResult } from "../client/voice/recordings";
import { actionOutput, extend, flag, integerOrNull, list, mapOrNull, record, text, textOrNull, timeOrNull } from "./fields";
import { pageFields } from "./messages";

/** toCallRecord's and toRecordingRecord's output: twilio-node's resources as JSON. */
type CallJson = ReturnType<CallInstance["toJSON"]>;
type RecordingJson = ReturnType<RecordingInstance["toJSON"]>;

const callSchema = record<CallJson>()(
  "A call, as Twilio keeps it.",
  {
    sid: text("The call's SID (CA...): use it in Get Call, Update Call or List Recordings."),
    accountSid: textOrNull("The account it belongs to (AC...)."),
    parentCallSid: textOrNull("The call that created this one (for a leg of a dialed call)."),
    to: textOrNull("Who was called: a number, SIP address or client identifier."),
    toFormatted: textOrNull("To as people write it, such as (555) 867-5310."),
    from: textOrNull("The caller ID."),
    fromFormatted: textOrNull("From as people write it."),
    phoneNumberSid: textOrNull("The account's number the call used (PN...)."),
    status: textOrNull("queued, ringing, in-progress, canceled, completed, failed, busy or no-answer."),
    startTime: timeOrNull("When it was answered; null before."),
    endTime: timeOrNull("When it ended; null before."),
    duration: textOrNull("How long it lasted, in seconds; null until it ended."),
    price: textOrNull("What Twilio charged, negative, in priceUnit; null until known."),
    priceUnit: textOrNull("The currency of price, such as USD."),
    direction: textOrNull("outbound-api (placed by the API), outbound-dial or inbound."),
    answeredBy: textOrNull("With Machine Detection: human, machine_start, fax, unknown..."),
    apiVersion: textOrNull("The REST API version, 2010-04-01."),
    forwardedFrom: textOrNull("The number that forwarded an incoming call, when the carrier says."),
    groupSid: textOrNull("The group of the call, if any."),
    callerName: textOrNull("The caller's name, when caller name lookup is on for the number."),
    queueTime: textOrNull("How long it waited in Twilio's queue, in milliseconds."),
    trunkSid: textOrNull("The SIP trunk that carried it, if any."),
    dateCreated: timeOrNull("When Twilio created it."),
    dateUpdated: timeOrNull("When it last changed."),
    uri: textOrNull("Its REST path."),
    subresourceUris: mapOrNull("REST paths of its recordings, notifications, events and more."),
  },
  "asTwilioSent",
);

export const callOutput = actionOutput(callSchema);

export const placedCallOutput = actionOutput(
  extend(callSchema, "The call placed.", {
    replayed: flag("True when an earlier run with the same Idempotency Key had placed it: no call was placed this time."),
  }),
);

export const callListOutput = actionOutput(
  record<CallListResult>()("Calls, newest first.", { calls: list(callSchema, "The calls found, up to the limit."), ...pageFields }),
);

const recordingSchema = record<RecordingJson>()(
  "A call recording.",
  {
    sid: text("The recording's SID (RE...): use it in Download Recording or Delete Recording."),
    accountSid: textOrNull("The account it belongs to (AC...)."),
    callSid: textOrNull("The call recorded (CA...)."),
    conferenceSid: textOrNull("The conference recorded, if any."),
    status: textOrNull("in-progress, paused, stopped, processing, completed, absent or deleted."),
    startTime: timeOrNull("When recording started."),
    duration: textOrNull("Its length in seconds."),
    channels: integerOrNull("1 (mono) or 2 (one channel per party)."),
    source: textOrNull("What started it: OutboundAPI, DialVerb, RecordVerb, Conference, StartCallRecordingAPI..."),
    price: textOrNull("What Twilio charged, negative, in priceUnit."),
    priceUnit: textOrNull("The currency of price."),
    errorCode: integerOrNull("Twilio's error code when the recording failed."),
    encryptionDetails: mapOrNull("How the audio is encrypted, when it is."),
    mediaUrl: textOrNull("Where its audio is (needs the account's credentials: use Download Recording)."),
    apiVersion: textOrNull("The REST API version, 2010-04-01."),
    dateCreated: timeOrNull("When Twilio created it."),
    dateUpdated: timeOrNull("When it last changed."),
    uri: textOrNull("Its REST path."),
    subresourceUris: mapOrNull("REST paths of its transcriptions and add-on results."),
  },
  "asTwilioSent",
);

export const recordingOutput = actionOutput(recordingSchema);

export const recordingListOutput = actionOutput(
  record<RecordingListResult>()("Recordings, newest first.", {
    recordings: list(recordingSchema, "The recordings found, up to the limit."),
    ...pageFields,
  }),
);

export const deletedRecordingOutput = actionOutput(
  record<DeletedRecording>()("The recording deleted.", {
    sid: text("The SID of the recording deleted."),
    deleted: flag("Always true: Twilio confirmed the deletion."),
  }),
);

export const deletedCallOutput = actionOutput(
  record<DeletedCall>()("The call deleted from the call log.", {
    sid: text("The SID of the call deleted."),
    deleted: flag("Always true: Twilio confirmed the deletion."),
  }),
);
