import { iso8601 } from "../core/clock";
import type { SandboxContext } from "../core/types";

/** What the sandbox keeps of Studio per account (flows, executions, an ended execution's steps), and how Twilio shows it. */
export interface Flow {
  sid: string;
  fields: Record<string, unknown>;
  revision: number;
  created: number;
  updated: number;
}
export interface Execution {
  sid: string;
  flowSid: string;
  to: string;
  from: string;
  parameters: Record<string, unknown>;
  status: "active" | "ended";
  created: number;
  updated: number;
}

export const studioOf = (context: SandboxContext, accountSid: string) =>
  context.state("studio", accountSid, () => ({ flows: [] as Flow[], executions: [] as Execution[], steps: new Map<string, string[]>() }));

/** A JSON text in the form (Definition, Parameters): Twilio keeps, and answers with, the object it describes. */
export const parametersOf = (value: unknown): Record<string, unknown> =>
  typeof value === "string" ? (JSON.parse(value) as Record<string, unknown>) : ((value as Record<string, unknown> | undefined) ?? {});

/** The names of the flow definition's states, in order: the steps an execution goes through. */
export const statesOf = (flow: Flow): string[] => {
  const states = (flow.fields.Definition as { states?: Array<{ name?: string }> } | undefined)?.states ?? [];
  const names = states.map((state) => String(state.name ?? "")).filter(Boolean);
  return names.length > 0 ? names : ["Trigger"];
};

const flowUrl = (sid: string) => `https://studio.twilio.com/v2/Flows/${sid}`;

export const executionUrl = (execution: Execution) => `${flowUrl(execution.flowSid)}/Executions/${execution.sid}`;

export const flowJson = (accountSid: string, flow: Flow) => ({
  sid: flow.sid,
  account_sid: accountSid,
  friendly_name: String(flow.fields.FriendlyName ?? ""),
  definition: flow.fields.Definition ?? {},
  status: String(flow.fields.Status ?? "draft"),
  revision: flow.revision,
  commit_message: (flow.fields.CommitMessage as string | undefined) ?? null,
  valid: true,
  errors: [],
  warnings: [],
  date_created: iso8601(flow.created),
  date_updated: iso8601(flow.updated),
  webhook_url: `https://webhooks.twilio.com/v1/Accounts/${accountSid}/Flows/${flow.sid}`,
  url: flowUrl(flow.sid),
  links: { executions: `${flowUrl(flow.sid)}/Executions`, revisions: `${flowUrl(flow.sid)}/Revisions` },
});

export const contextOf = (execution: Execution) => ({
  flow: { flow_sid: execution.flowSid, channel: { address: execution.from }, data: execution.parameters },
  contact: { channel: { address: execution.to } },
  trigger: { request: { from: execution.from, to: execution.to, parameters: execution.parameters } },
});

/** The steps of an ended execution, newest first, as Twilio lists them. */
export const stepsJson = (accountSid: string, execution: Execution, names: string[]) =>
  names
    .map((name, index) => {
      const sid = `FT${execution.sid.slice(2, 26)}${String(index).padStart(8, "0")}`;
      return {
        sid,
        account_sid: accountSid,
        flow_sid: execution.flowSid,
        execution_sid: execution.sid,
        parent_step_sid: null,
        name,
        context: {},
        transitioned_from: index === 0 ? "Trigger" : names[index - 1],
        transitioned_to: names[index + 1] ?? "Ended",
        date_created: iso8601(execution.updated),
        date_updated: iso8601(execution.updated),
        url: `${executionUrl(execution)}/Steps/${sid}`,
        links: { step_context: `${executionUrl(execution)}/Steps/${sid}/Context` },
      };
    })
    .reverse();
