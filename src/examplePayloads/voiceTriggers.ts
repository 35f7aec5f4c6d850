import { recordingExample } from "./recordings";
import { pollingExample } from "./triggers";
import { callListExample } from "./voice";

export const newCallsExample = pollingExample([callListExample.calls[0]]);
export const newRecordingsExample = pollingExample([recordingExample]);
