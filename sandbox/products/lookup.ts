import { badRequest } from "../core/errors";
import type { ProductFactory } from "../core/types";

/**
 * Lookup v2 (lookups.twilio.com): what Twilio reports about a number, made up deterministically
 * from it so a test can aim at each case: E.164 numbers are valid, except +1 (NANP) numbers without
 * ten digits after the country code (TOO_LONG or TOO_SHORT, as Twilio says); a number whose last
 * digit is 0 is a landline, 9 is VoIP, anything else mobile; anything not E.164 is invalid. Caller
 * name (CNAM) is known for US numbers only, as Twilio's.
 */
const lineType = (phoneNumber: string) => {
  const last = phoneNumber.at(-1);
  return last === "0" ? "landline" : last === "9" ? "nonFixedVoip" : "mobile";
};

const validationErrors = (phoneNumber: string): string[] => {
  if (!/^\+[1-9]\d{7,14}$/.test(phoneNumber)) return ["INVALID_LENGTH"];
  if (phoneNumber.startsWith("+1") && phoneNumber.length !== 12) return [phoneNumber.length > 12 ? "TOO_LONG" : "TOO_SHORT"];
  return [];
};

export const lookup: ProductFactory = () => ({
  name: "lookup",
  spec: "twilio_lookups_v2.json",
  prefix: "/lookups",
  routes: [
    {
      method: "GET",
      path: "/v2/PhoneNumbers/{PhoneNumber}",
      handle: (request) => {
        const asked = request.params.PhoneNumber;
        const errors = validationErrors(asked);
        const valid = errors.length === 0;
        if (!valid && !/^[+\d\s()-]+$/.test(asked)) throw badRequest(60600, `Invalid phone number: ${asked}`);
        const fields = String(request.query.Fields ?? "").split(",");
        const us = asked.startsWith("+1");
        return {
          status: 200,
          json: {
            calling_country_code: valid ? (us ? "1" : asked.slice(1, 3)) : null,
            country_code: valid ? (us ? "US" : "GB") : null,
            phone_number: asked,
            national_format: valid && us ? `(${asked.slice(2, 5)}) ${asked.slice(5, 8)}-${asked.slice(8)}` : null,
            valid,
            validation_errors: errors,
            caller_name:
              valid && us && fields.includes("caller_name")
                ? { caller_name: "SANDBOX CALLER", caller_type: "CONSUMER", error_code: null }
                : null,
            sim_swap: null,
            call_forwarding: null,
            line_status: null,
            line_type_intelligence:
              valid && fields.includes("line_type_intelligence")
                ? {
                    mobile_country_code: "310",
                    mobile_network_code: "260",
                    carrier_name: "Sandbox Wireless",
                    type: lineType(asked),
                    error_code: null,
                  }
                : null,
            identity_match: null,
            reassigned_number: null,
            sms_pumping_risk: null,
            phone_number_quality_score: null,
            pre_fill: null,
            url: `https://lookups.twilio.com/v2/PhoneNumbers/${encodeURIComponent(asked)}`,
          },
        };
      },
    },
  ],
});
