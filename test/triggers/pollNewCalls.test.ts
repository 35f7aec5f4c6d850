import type { StoredCall } from "../../sandbox/products/callLog";
import { ACCOUNT_SID } from "../support/credentials";
import { callSid } from "../support/voiceReplies";
import { describeVoicePollTrigger } from "./support/voicePollTrigger";

describeVoicePollTrigger({
  key: "pollNewCalls",
  dayFilter: "StartTime>",
  sid: callSid,
  timeKey: "startTime",
  // A call without a time yet is ringing; it gets its start time when answered.
  async record(sandbox, item) {
    const stored = sandbox.inspect<{ calls: StoredCall[] }>("calls", ACCOUNT_SID)?.calls.find((call) => call.sid === item.sid);
    if (stored) {
      stored.started = item.at;
      stored.status = "in-progress";
      return;
    }
    await sandbox.control("POST", "calls/seed", {
      AccountSid: ACCOUNT_SID,
      Sid: item.sid,
      Direction: item.direction,
      From: item.from,
      To: item.to,
      StartTime: item.at ?? Date.now(),
      Status: item.at === null ? "ringing" : "completed",
    });
  },
});
