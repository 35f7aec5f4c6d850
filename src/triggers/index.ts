import { eventStreams } from "./eventStreams";
import { pollChangesTrigger } from "./pollChangesTrigger";
import { pollNewAlerts } from "./pollNewAlerts";
import { pollNewCalls } from "./pollNewCalls";
import { pollNewPhoneNumbers } from "./pollNewPhoneNumbers";
import { pollNewRecordings } from "./pollNewRecordings";
import { pollNewTranscripts } from "./pollNewTranscripts";
import { webhook } from "./webhook";

export const triggers = {
  webhook,
  pollChangesTrigger,
  pollNewCalls,
  pollNewRecordings,
  pollNewTranscripts,
  pollNewAlerts,
  pollNewPhoneNumbers,
  eventStreams,
};
