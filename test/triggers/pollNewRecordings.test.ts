import { ACCOUNT_SID } from "../support/credentials";
import { recordingSid } from "../support/voiceReplies";
import { describeVoicePollTrigger } from "./support/voicePollTrigger";

describeVoicePollTrigger({
  key: "pollNewRecordings",
  dayFilter: "DateCreated>",
  sid: recordingSid,
  timeKey: "dateCreated",
  // Twilio lists a recording once it has been made: one without a time yet is not in the list.
  async record(sandbox, item) {
    if (item.at === null) return;
    await sandbox.control("POST", "recordings/seed", { AccountSid: ACCOUNT_SID, Sid: item.sid, DateCreated: item.at });
  },
});
