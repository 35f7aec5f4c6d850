import { input } from "@prismatic-io/spectral";
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
