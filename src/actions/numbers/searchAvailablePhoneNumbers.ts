import { action } from "@prismatic-io/spectral";
import { availableNumbersExample } from "../../examplePayloads/numbers";
import { twilioConnection } from "../../inputs/connection";
import { numberSearchInputs, searchLimit, toNumberSearch } from "../../inputs/numberSearch";
import { availableNumbersOutput } from "../../outputSchemas/numbers";

export const searchAvailablePhoneNumbers = action({
  display: {
    label: "Search Available Phone Numbers",
    description:
      "Find numbers for sale by country, type, area code, digits, place and capabilities, each with its locality, region, capabilities and monthly price. Buys nothing.",
  },
  inputs: { twilioConnection, ...numberSearchInputs, limit: searchLimit },
  perform: async (_context, { twilioConnection, limit, ...search }) => {
    const { searchAvailableNumbers } = await import("../../client/numbers/search");
    const { getTwilioClient } = await import("../../client/twilioClient");
    const numbers = await searchAvailableNumbers(getTwilioClient(twilioConnection), toNumberSearch(search, limit));
    return { data: { availablePhoneNumbers: numbers } };
  },
  examplePayload: { data: { availablePhoneNumbers: availableNumbersExample } },
  outputSchema: availableNumbersOutput,
  performSafety: "safe",
});
