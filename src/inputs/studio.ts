import { type ActionInputParameters, input } from "@prismatic-io/spectral";
import { toSender } from "../client/identifiers/addresses";
import { RECIPIENT_EXPECTED, toRecipient } from "../client/identifiers/phoneNumbers";
import { SID_PATTERNS } from "../client/identifiers/sids";
import { InputError } from "../client/transport/errors";
import { optionalText, requireValue } from "./clean";
import { cleanJsonRecord, cleanKeyValueList, mergeKeyValues } from "./cleanJson";

function requiredSid(label: string, pattern: RegExp, expected: string) {
  return (value: unknown): string => {
    const sid = optionalText(value);
    if (sid === undefined || !pattern.test(sid)) throw new InputError(label, expected, value ?? "");
    return sid;
  };
}

export const studioFlow = input({
  label: "Flow",
  type: "string",
  required: true,
  example: "FW9d816f0b90d2a10b913868462e339d29",
  comments: "The Studio flow (FW...). The picker shows each flow's status: only a published flow runs, in its latest published revision.",
  dataSource: "selectStudioFlow",
  clean: requiredSid("Flow", SID_PATTERNS.studioFlow, 'a Studio flow SID: "FW" followed by 32 hexadecimal characters'),
});

export const studioTo = input({
  label: "To",
  type: "string",
  required: true,
  example: "+15558675310",
  comments:
    'The contact the flow talks to, in E.164 or as a channel address such as "whatsapp:+15558675310": {{contact.channel.address}} in the flow. One contact has at most one active execution of a flow.',
  clean: (value: unknown): string => toRecipient("To", requireValue("To", optionalText(value), RECIPIENT_EXPECTED)),
});

export const studioFrom = input({
  label: "From",
  type: "string",
  required: true,
  example: "+15017122661",
  comments:
    "The Twilio phone number (or whatsapp: sender) the flow sends and calls from, or a Messaging Service SID (MG...) for SMS: {{flow.channel.address}} in the flow.",
  clean: (value: unknown): string => {
    const sender = toSender("From", requireValue("From", optionalText(value), "a Twilio phone number or a Messaging Service SID (MG...)"));
    return "from" in sender ? sender.from : sender.messagingServiceSid;
  },
});

const parameters = input({
  label: "Parameters",
  type: "string",
  collection: "keyvaluelist",
  required: false,
  example: '[{"key": "orderId", "value": "1234"}]',
  comments:
    "Data for the flow, read in it as {{flow.data.<key>}}: key orderId is {{flow.data.orderId}}. Parameters (JSON) takes nested values.",
  clean: cleanKeyValueList("Parameters"),
});

export const parametersJson = input({
  label: "Parameters (JSON)",
  type: "code",
  language: "json",
  required: false,
  example: '{"orderId": "1234", "customer": {"name": "Jane"}}',
  comments:
    "Data for the flow as a JSON object, nested values allowed: customer.name is {{flow.data.customer.name}}. May be used with Parameters, with different keys.",
  clean: cleanJsonRecord("Parameters (JSON)", '{"orderId": "1234"}'),
});

export const executionSid = input({
  label: "Execution SID",
  type: "string",
  required: true,
  example: "FN9d816f0b90d2a10b913868462e339d29",
  comments: "The execution (FN...), as returned by Start Studio Flow.",
  clean: requiredSid("Execution SID", SID_PATTERNS.studioExecution, 'a Studio execution SID: "FN" followed by 32 hexadecimal characters'),
});

export const studioStartInputs = { flow: studioFlow, to: studioTo, from: studioFrom, parameters, parametersJson };

/** Both parameter inputs as the one object Twilio receives as JSON. */
export function toFlowParameters({ parameters, parametersJson }: ActionInputParameters<typeof studioStartInputs>) {
  return mergeKeyValues({ input: "Parameters", values: parameters }, { input: "Parameters (JSON)", values: parametersJson });
}
