import { input } from "@prismatic-io/spectral";
import * as addresses from "../client/identifiers/addresses";
import * as phoneNumbers from "../client/identifiers/phoneNumbers";
import { InputError } from "../client/transport/errors";
import { cleanCountryCode } from "./clean";

/**
 * Recipient inputs accept national numbers only when this is set; the perform applies it with
 * toRecipientWithDefaultCountry, because a clean function cannot see its neighbouring inputs.
 */
export const defaultCountryCode = input({
  label: "Default Country Code",
  type: "string",
  required: false,
  example: "+1",
  placeholder: "+1",
  comments:
    'The country code for numbers typed without one: with +1, "555 867 5310" is sent to +15558675310. A leading trunk 0 is dropped (07911 123456 with +44 becomes +447911123456). Numbers starting with + are left alone. Leave empty to require every number in E.164 format.',
  clean: cleanCountryCode("Default Country Code"),
});

/** A client reader of phone numbers, its refusals saying that a national number needs this input. */
function namingCountryCodeInput<Args extends unknown[], Result>(read: (...args: Args) => Result): (...args: Args) => Result {
  return (...args) => {
    try {
      return read(...args);
    } catch (error) {
      if (error instanceof phoneNumbers.NationalNumberError) throw error.withCountryCodeFrom("the Default Country Code input");
      throw error;
    }
  };
}

// What a builder types beside Default Country Code, read by the client's readers of the same names.
export const toRecipientWithDefaultCountry = namingCountryCodeInput(phoneNumbers.toRecipientWithDefaultCountry);
export const toPlainPhoneNumber = namingCountryCodeInput(phoneNumbers.toPlainPhoneNumber);
export const toCallee = namingCountryCodeInput(addresses.toCallee);

/**
 * Where Verify sends a code: an e-mail address for the email channel, a phone number for every
 * other. Without a channel (checking a code), whichever the text is.
 */
export function toVerificationAddress(
  input: string,
  text: string,
  channel: string | undefined,
  defaultCountryCode: string | undefined,
): string {
  const looksLikeEmail = text.includes("@");
  if (channel === "email" || (channel === undefined && looksLikeEmail)) return addresses.toEmailAddress(input, text);
  if (looksLikeEmail)
    throw new InputError(input, `a phone number for the ${channel} channel (an e-mail address needs Channel email)`, text);
  return toPlainPhoneNumber(input, text, defaultCountryCode);
}
