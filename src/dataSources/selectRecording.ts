import { recordingChoicesExample } from "../examplePayloads/voicePickers";
import { twilioPicklist } from "./picklist";

export const selectRecording = twilioPicklist({
  label: "Select Recording",
  description: "Pick one of the account's 100 most recent recordings, newest first.",
  example: recordingChoicesExample,
  choices: async (client) => (await import("../client/voice/recordings")).recentRecordingChoices(client),
});
