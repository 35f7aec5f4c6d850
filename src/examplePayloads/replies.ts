import type { ReplyResult } from "../client/messages/replies";
import { receivedMessageExample } from "./messages";

export const replyExample: ReplyResult = {
  replied: true,
  message: receivedMessageExample,
  since: "2026-11-20T16:04:31.000Z",
  waitedSeconds: 271,
  polls: 23,
};
