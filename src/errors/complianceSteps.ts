import type { SenderCompliance } from "../client/compliance/senderCompliance";
import type { ComplianceState } from "../client/compliance/states";

/** Next steps one of the component's actions takes, where the client says them in Twilio's terms. */
const STEPS_BY_ACTION: Partial<Record<ComplianceState, string>> = {
  notInMessagingService: "Add the number to a Messaging Service whose campaign is verified (Add Number to Messaging Service).",
};

/** A sender's compliance with its next step naming the action that takes it, where there is one. */
export function withActionSteps(compliance: SenderCompliance): SenderCompliance {
  const nextStep = STEPS_BY_ACTION[compliance.state];
  return nextStep ? { ...compliance, nextStep } : compliance;
}
