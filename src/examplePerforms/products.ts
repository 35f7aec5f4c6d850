import type { ActionInputParameters } from "@prismatic-io/spectral";
import type { LookupResult } from "../client/lookup/phoneNumbers";
import type { StudioExecution } from "../client/studio/executions";
import { lookupExample } from "../examplePayloads/lookup";
import { rawRequestExample } from "../examplePayloads/raw";
import { studioExecutionExample } from "../examplePayloads/studio";
import { lookupPackageInputs } from "../inputs/lookup";
import { toPlainPhoneNumber } from "../inputs/recipients";

type PackageSwitches = ActionInputParameters<typeof lookupPackageInputs>;

/**
 * Lookup's answer with the builder's number and exactly the packages switched on: those the
 * example has keep its values, the others show an empty answer, and those off are null as Twilio
 * leaves them. Nothing is looked up, so nothing is billed.
 */
export function exampleLookup(values: PackageSwitches & { phoneNumber: string; defaultCountryCode?: string }) {
  const phoneNumber = toPlainPhoneNumber("Phone Number", values.phoneNumber, values.defaultCountryCode);
  const packages = Object.fromEntries(
    (Object.keys(lookupPackageInputs) as (keyof PackageSwitches)[]).map((name) => [
      name,
      values[name] ? (lookupExample.lookup[name] ?? { errorCode: null }) : null,
    ]),
  );
  const on = (name: keyof PackageSwitches) => values[name] === true;
  const data: LookupResult = {
    ...lookupExample,
    phoneNumber,
    nationalFormat: null,
    lineType: on("lineTypeIntelligence") ? lookupExample.lineType : null,
    carrierName: on("lineTypeIntelligence") ? lookupExample.carrierName : null,
    callerName: on("callerName") ? lookupExample.callerName : null,
    lookup: {
      ...lookupExample.lookup,
      ...packages,
      phoneNumber,
      nationalFormat: null,
      url: `https://lookups.twilio.com/v2/PhoneNumbers/${phoneNumber}`,
    },
  };
  return { data };
}

export function exampleStartStudioFlow(values: { flow: string; to: string }) {
  const data: StudioExecution = { ...studioExecutionExample, flowSid: values.flow, contactChannelAddress: values.to };
  return { data };
}

/** What an endpoint answers depends on the endpoint: the example (a page of calls) with the builder's URL as its uri. */
export const exampleRawRequest = ({ url }: { url: string }) => ({ data: { ...rawRequestExample, uri: url } });
