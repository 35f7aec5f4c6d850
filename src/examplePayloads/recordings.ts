import type { DeletedRecording, RecordingListResult, RecordingRecord } from "../client/voice/recordings";

const ACCOUNT = "/2010-04-01/Accounts/ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX";
const RECORDING_SID = "RE557ce644e5ab84fa21cc21112e22c485";

/** A recording as twilio-node's recording resource gives it, as plain JSON. */
export const recordingExample: RecordingRecord = {
  accountSid: "ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
  apiVersion: "2010-04-01",
  callSid: "CAe1644a7eed5088b159577c5802d8be38",
  conferenceSid: null,
  dateCreated: "2026-11-20T16:05:16.000Z",
  dateUpdated: "2026-11-20T16:05:18.000Z",
  startTime: "2026-11-20T16:04:34.000Z",
  duration: "41",
  sid: RECORDING_SID,
  price: "-0.00250",
  priceUnit: "USD",
  status: "completed",
  channels: 1,
  source: "OutboundAPI",
  errorCode: null,
  uri: `${ACCOUNT}/Recordings/${RECORDING_SID}.json`,
  encryptionDetails: null,
  subresourceUris: {
    add_on_results: `${ACCOUNT}/Recordings/${RECORDING_SID}/AddOnResults.json`,
    transcriptions: `${ACCOUNT}/Recordings/${RECORDING_SID}/Transcriptions.json`,
  },
  mediaUrl: `https://api.twilio.com${ACCOUNT}/Recordings/${RECORDING_SID}`,
};

export const recordingListExample: RecordingListResult = {
  recordings: [recordingExample],
  nextPageUri: `${ACCOUNT}/Recordings.json?PageSize=1&Page=1&PageToken=PA${RECORDING_SID}`,
  hasMore: true,
};

export const deletedRecordingExample: DeletedRecording = { sid: RECORDING_SID, deleted: true };

/** A file output: the audio's bytes (the first bytes of an MP3 here), its content type and its name. */
export const recordingFileExample = {
  data: Buffer.from("ID3\u0004\u0000\u0000\u0000\u0000\u0000\u0000"),
  contentType: "audio/mpeg",
  headers: { "Content-Disposition": `attachment; filename="${RECORDING_SID}.mp3"` },
};
