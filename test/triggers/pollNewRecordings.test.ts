import { RECORDINGS_PATH, recordingSid } from "../support/voiceReplies";
import { describeVoicePollTrigger } from "./support/voicePollTrigger";

describeVoicePollTrigger({
  key: "pollNewRecordings",
  shape: { path: `${RECORDINGS_PATH}.json`, key: "recordings", dayFilter: "DateCreated>", timeField: "date_created" },
  sid: recordingSid,
  timeKey: "dateCreated",
});
