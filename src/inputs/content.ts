import { input } from "@prismatic-io/spectral";
import { SID_PATTERNS } from "../client/identifiers/sids";
import { NOT_SUBMITTED } from "../client/terms";
import { InputError } from "../client/transport/errors";
import { cleanBoolean, optionalText } from "./clean";
import { cleanKeyValueList, mergeKeyValues } from "./cleanJson";
import { continueFromInput, limitInput } from "./lists";

/** WhatsApp's approval statuses, as the Content API reports them. */
const APPROVAL_STATUSES = ["approved", "pending", "received", "rejected", "paused", "disabled", NOT_SUBMITTED];

export const contentTemplateSid = input({
  label: "Content Template SID",
  type: "string",
  required: true,
  example: "HXb5b62575e6e4ff6129ad7c8efe1f983e",
  comments: "The Content Template (HX...), as shown in Twilio Console > Messaging > Content Template Builder or by List Content Templates.",
  dataSource: "selectContentTemplate",
  clean: (value: unknown): string => {
    const sid = optionalText(value);
    if (sid === undefined || !SID_PATTERNS.content.test(sid)) {
      throw new InputError("Content Template SID", 'a Content Template SID: "HX" followed by 32 hexadecimal characters', value ?? "");
    }
    return sid;
  },
});

export const approvalStatus = input({
  label: "Approval Status",
  type: "string",
  required: false,
  model: [
    { label: "Any", value: "" },
    ...APPROVAL_STATUSES.map((status) => ({ label: status === NOT_SUBMITTED ? "Not submitted to WhatsApp" : status, value: status })),
  ],
  example: "approved",
  comments:
    "Only templates WhatsApp gave this status: approved ones can start a conversation outside the 24-hour window. Leave empty for every template.",
  clean: (value: unknown): string | undefined => {
    const status = optionalText(value)?.toLowerCase();
    if (status !== undefined && !APPROVAL_STATUSES.includes(status)) {
      throw new InputError("Approval Status", APPROVAL_STATUSES.join(", "), value);
    }
    return status;
  },
});

export const templateLimit = limitInput("templates");

export const templateContinueFrom = continueFromInput(
  "List Content Templates",
  "templates",
  "/v1/ContentAndApprovals?PageSize=50&Page=1&PageToken=PAHX...",
  { filters: " Keep the same Approval Status: the filter is applied by the component, not carried in the URI." },
);

export const contentVariableList = input({
  label: "Content Variables (List)",
  type: "string",
  collection: "keyvaluelist",
  required: false,
  example: '[{"key": "1", "value": "Jane"}, {"key": "2", "value": "10:30"}]',
  comments:
    "Values for the template's placeholders as entries: key 1 with value Jane fills {{1}}. The same as Content Variables, without writing JSON; both may be used, with different keys.",
  clean: cleanKeyValueList("Content Variables (List)"),
});

export const checkContentVariables = input({
  label: "Check Content Variables",
  type: "boolean",
  required: false,
  default: "false",
  comments:
    "Before sending, read the template and fail the step, naming them, if a placeholder has no value or a variable matches no placeholder. Costs one more request; nothing is sent when the check fails.",
  clean: cleanBoolean("Check Content Variables"),
});

/** Content Variables as JSON text and as a list, in the one JSON string Twilio takes. */
export function toContentVariables(json: string | undefined, list: Record<string, unknown> | undefined): string | undefined {
  const merged = mergeKeyValues(
    { input: "Content Variables (List)", values: list },
    { input: "Content Variables", values: json === undefined ? undefined : JSON.parse(json) },
  );
  return merged === undefined ? undefined : JSON.stringify(merged);
}
