import { action } from "@prismatic-io/spectral";
import { listMessages as readMessages } from "../../client/messageList";
import { getTwilioClient } from "../../client/twilioClient";
import { messageListExample } from "../../examplePayloads/messages";
import { twilioConnection } from "../../inputs/connection";
import { continueFrom, dateSent, dateSentAfter, dateSentBefore, fromFilter, limit, pageSize, toFilter } from "../../inputs/messageList";

export const listMessages = action({
  display: {
    label: "List Messages",
    description: "List messages newest first, filtered by number and date, up to a limit, with a pointer to the next page.",
  },
  inputs: { twilioConnection, to: toFilter, from: fromFilter, dateSent, dateSentBefore, dateSentAfter, limit, pageSize, continueFrom },
  perform: async (_context, { twilioConnection, to, from, dateSent, dateSentBefore, dateSentAfter, limit, pageSize, continueFrom }) => {
    const data = await readMessages(getTwilioClient(twilioConnection), {
      query: { to, from, sentOn: dateSent, sentBefore: dateSentBefore, sentAfter: dateSentAfter },
      limit,
      pageSize,
      continueFrom,
    });
    return { data };
  },
  examplePayload: { data: messageListExample },
});
