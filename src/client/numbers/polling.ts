import type { IncomingPhoneNumberInstance } from "twilio/lib/rest/api/v2010/account/incomingPhoneNumber";
import { readBoundedList } from "../paging";
import { type PollableList, type PollState, pollNewItems } from "../polling/newItems";
import { MAX_PAGE_SIZE } from "../terms";
import type { TwilioClient } from "../twilioClient";
import { type NumberConfiguration, toNumberConfiguration } from "./numbers";

/**
 * Most numbers one poll reads. Twilio's number list has no date filter and no documented order,
 * so each poll reads the account's numbers whole (an account rarely holds more than a few
 * thousand) and hands them to the polling loop newest first; past this bound the newest
 * numbers of the first pages are all it sees.
 */
const MAX_NUMBERS_PER_POLL = 10 * MAX_PAGE_SIZE;

/** Each number added to the account (bought, ported, moved in) exactly once, oldest first. */
export async function pollNewNumbers(
  client: TwilioClient,
  state: PollState,
): Promise<{ numbers: NumberConfiguration[]; state: PollState }> {
  const list: PollableList<IncomingPhoneNumberInstance> = {
    page: async () => ({ instances: await allNumbersNewestFirst(client) }),
    getPage: async () => ({ instances: [] }),
    sidOf: (number) => number.sid,
    timeOf: (number) => number.dateCreated,
  };
  const result = await pollNewItems(list, state);
  return { numbers: result.items.map(toNumberConfiguration), state: result.state };
}

async function allNumbersNewestFirst(client: TwilioClient): Promise<IncomingPhoneNumberInstance[]> {
  const { items } = await readBoundedList({
    firstPage: (pageSize) => client.incomingPhoneNumbers.page({ pageSize }),
    getPage: (url) => client.incomingPhoneNumbers.getPage(url),
    limit: MAX_NUMBERS_PER_POLL,
    pageSize: MAX_PAGE_SIZE,
  });
  return items.sort((a, b) => (b.dateCreated?.getTime() ?? 0) - (a.dateCreated?.getTime() ?? 0));
}
