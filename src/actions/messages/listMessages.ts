import { action } from "@prismatic-io/spectral";
import { messageListExample } from "../../examplePayloads/messages";
import { twilioConnection } from "../../inputs/connection";
import { namingInputs } from "../../inputs/labels";
import { CONTINUE_FROM_LABELS } from "../../inputs/lists";
import {
  continueFrom,
  conversationWith,
  dateSent,
  dateSentAfter,
  dateSentBefore,
  fromFilter,
  limit,
  pageSize,
  toFilter,
  toMessageListRequest,
} from "../../inputs/messageList";
import { messageListOutput } from "../../outputSchemas/messages";

export const listMessages = action({
  display: {
    label: "List Messages",
    description:
      "List messages newest first, filtered by number and date, up to a limit, with a pointer to the next page; or the conversation both ways between two numbers.",
  },
  inputs: {
    twilioConnection,
    to: toFilter,
    from: fromFilter,
    conversationWith,
    dateSent,
    dateSentBefore,
    dateSentAfter,
    limit,
    pageSize,
    continueFrom,
  },
  perform: async (
    _context,
    { twilioConnection, to, from, conversationWith, dateSent, dateSentBefore, dateSentAfter, limit, pageSize, continueFrom },
  ) => {
    const request = toMessageListRequest({
      query: { to, from, sentOn: dateSent, sentBefore: dateSentBefore, sentAfter: dateSentAfter },
      limit,
      pageSize,
      continueFrom,
      conversationWith,
    });
    const { listMessages: readMessages } = await import("../../client/messages/list");
    const { getTwilioClient } = await import("../../client/twilioClient");
    const data = await namingInputs(
      CONTINUE_FROM_LABELS,
      () => readMessages(getTwilioClient(twilioConnection), request),
      "an earlier List Messages result",
    );
    return { data };
  },
  examplePayload: { data: messageListExample },
  outputSchema: messageListOutput,
  performSafety: "safe",
});
