import { lazyTable } from "../lazyTable";
import type { eventStreams } from "./eventStreams";
import type { pollChangesTrigger } from "./pollChangesTrigger";
import type { pollNewAlerts } from "./pollNewAlerts";
import type { pollNewCalls } from "./pollNewCalls";
import type { pollNewPhoneNumbers } from "./pollNewPhoneNumbers";
import type { pollNewRecordings } from "./pollNewRecordings";
import type { pollNewTranscripts } from "./pollNewTranscripts";
import type { webhook } from "./webhook";

/** Every trigger by key; each module is loaded when its trigger is first read (see lazyTable). */
export const triggers = lazyTable({
  webhook: (): typeof webhook => require("./webhook").webhook,
  pollChangesTrigger: (): typeof pollChangesTrigger => require("./pollChangesTrigger").pollChangesTrigger,
  pollNewCalls: (): typeof pollNewCalls => require("./pollNewCalls").pollNewCalls,
  pollNewRecordings: (): typeof pollNewRecordings => require("./pollNewRecordings").pollNewRecordings,
  pollNewTranscripts: (): typeof pollNewTranscripts => require("./pollNewTranscripts").pollNewTranscripts,
  pollNewAlerts: (): typeof pollNewAlerts => require("./pollNewAlerts").pollNewAlerts,
  pollNewPhoneNumbers: (): typeof pollNewPhoneNumbers => require("./pollNewPhoneNumbers").pollNewPhoneNumbers,
  eventStreams: (): typeof eventStreams => require("./eventStreams").eventStreams,
});
