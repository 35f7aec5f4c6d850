import { pollChangesTrigger } from "./pollChangesTrigger";
import { webhook } from "./webhook";

export const triggers = { webhook, pollChangesTrigger };
