import { eventStreams } from "./eventStreams";
import { pollChangesTrigger } from "./pollChangesTrigger";
import { pollNewCalls } from "./pollNewCalls";
import { pollNewRecordings } from "./pollNewRecordings";
import { webhook } from "./webhook";

export const triggers = { webhook, pollChangesTrigger, pollNewCalls, pollNewRecordings, eventStreams };
