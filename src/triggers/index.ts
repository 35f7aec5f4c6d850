import { pollChangesTrigger } from "./pollChangesTrigger";
import { pollNewCalls } from "./pollNewCalls";
import { pollNewPhoneNumbers } from "./pollNewPhoneNumbers";
import { pollNewRecordings } from "./pollNewRecordings";
import { webhook } from "./webhook";

export const triggers = { webhook, pollChangesTrigger, pollNewCalls, pollNewRecordings, pollNewPhoneNumbers };
