import { CALLS_PATH, callSid } from "../support/voiceReplies";
import { describeVoicePollTrigger } from "./support/voicePollTrigger";

describeVoicePollTrigger({
  key: "pollNewCalls",
  shape: {
    path: `${CALLS_PATH}.json`,
    key: "calls",
    dayFilter: "StartTime>",
    timeField: "start_time",
    exactFilters: { To: "to", From: "from" },
  },
  sid: callSid,
  timeKey: "startTime",
});
