import { createOnceForKey, type IdempotencyOptions } from "../claims/keyedCreate";
import { checkedSid } from "../identifiers/sids";
import { productJsonPages } from "../jsonPages";
import { readBoundedList } from "../paging";
import { mapRecord } from "../records";
import { isoDate, nextPagePath, type ProductPage, requestJson } from "../transport/jsonRequest";
import { TWILIO_ORIGINS } from "../transport/origins";
import type { TwilioClient } from "../twilioClient";

/** Executions of one flow started since a claim was taken: one page is searched. */
const EXECUTION_LOOKUP_PAGE_SIZE = 50;

/** An execution's steps are read this many at a time, and no more than MAX_STEPS in all. */
const STEP_PAGE_SIZE = 200;
const MAX_STEPS = 1000;

interface StudioExecutionStart {
  flowSid: string;
  /** The contact: {{contact.channel.address}} in the flow. */
  to: string;
  /** The Twilio number or Messaging Service the flow sends from: {{flow.channel.address}}. */
  from: string;
  /** Read in the flow as {{flow.data.<key>}}. */
  parameters?: Record<string, unknown>;
}

export interface StudioExecution {
  sid: string;
  flowSid: string;
  accountSid: string;
  contactChannelAddress: string | null;
  /** active while the flow runs, ended once it finished. */
  status: string;
  dateCreated: string | null;
  dateUpdated: string | null;
  url: string | null;
}

export interface StudioStep {
  sid: string;
  /** The widget this step ran. */
  name: string;
  transitionedFrom: string | null;
  transitionedTo: string | null;
  parentStepSid: string | null;
  context: Record<string, unknown>;
  dateCreated: string | null;
}

export interface StudioExecutionDetails extends StudioExecution {
  /** What the flow knows: flow.data (the parameters), each widget's output, the trigger. */
  context: Record<string, unknown>;
  /** The widgets run so far, as Twilio lists them. */
  steps: StudioStep[];
  /** True when the execution has more than MAX_STEPS steps and only the first ones are listed. */
  hasMoreSteps: boolean;
}

interface ExecutionBody {
  sid: string;
  flow_sid: string;
  account_sid: string;
  contact_channel_address?: string | null;
  status: string;
  date_created?: string | null;
  date_updated?: string | null;
  url?: string | null;
}

interface StepBody {
  sid: string;
  name: string;
  transitioned_from?: string | null;
  transitioned_to?: string | null;
  parent_step_sid?: string | null;
  context?: Record<string, unknown> | null;
  date_created?: string | null;
}

/** Starts the flow's published revision for one contact; Twilio takes the parameters as one JSON string. */
export async function startStudioExecution(client: TwilioClient, start: StudioExecutionStart): Promise<StudioExecution> {
  const data: Record<string, string> = { To: start.to, From: start.from };
  if (start.parameters && Object.keys(start.parameters).length > 0) data.Parameters = JSON.stringify(start.parameters);
  const body = await requestJson<ExecutionBody>(client, { method: "post", uri: executionsUri(start.flowSid), data });
  return toExecution(body);
}

type ExecutionRecord = StudioExecution & Record<string, unknown>;

/**
 * Starts the flow at most once per idempotency key (see createOnceForKey): a Studio flow may text
 * or call. An execution left unrecorded by an execution that stopped is looked for among the
 * flow's executions by contact and creation time.
 */
export function startStudioExecutionOnce(client: TwilioClient, start: StudioExecutionStart, run: IdempotencyOptions) {
  return createOnceForKey<ExecutionRecord>(client, run, start, {
    noun: "Studio execution",
    create: async () => ({ ...(await startStudioExecution(client, start)) }),
    replay: async (prior) => ({
      ...toExecution(await requestJson<ExecutionBody>(client, { method: "get", uri: `${executionsUri(start.flowSid)}/${prior.sid}` })),
    }),
    findCreated: async (since) => {
      const query = `DateCreatedFrom=${encodeURIComponent(since.toISOString())}&PageSize=${EXECUTION_LOOKUP_PAGE_SIZE}`;
      const page = await requestJson<ProductPage>(client, { method: "get", uri: `${executionsUri(start.flowSid)}?${query}` });
      const executions = ((page.executions as ExecutionBody[] | undefined) ?? []).map(toExecution);
      const found = executions.find((execution) => execution.contactChannelAddress === start.to);
      if (!found && nextPagePath(page)) throw new Error("the flow has more executions since then than are searched");
      return found && { ...found };
    },
  });
}

/** The execution, its context and its steps: three reads made together, the steps bounded by MAX_STEPS. */
export async function getStudioExecution(client: TwilioClient, flowSid: string, executionSid: string): Promise<StudioExecutionDetails> {
  const executionUri = `${executionsUri(flowSid)}/${checkedSid("studioExecution", executionSid, "ExecutionSid")}`;
  const [execution, context, steps] = await Promise.all([
    requestJson<ExecutionBody>(client, { method: "get", uri: executionUri }),
    requestJson<{ context?: Record<string, unknown> | null }>(client, { method: "get", uri: `${executionUri}/Context` }),
    readSteps(client, executionUri),
  ]);
  return { ...toExecution(execution), context: context.context ?? {}, ...steps };
}

async function readSteps(client: TwilioClient, executionUri: string): Promise<{ steps: StudioStep[]; hasMoreSteps: boolean }> {
  // Next-page links go back with the connection's credentials: only ever to this execution's steps.
  const pages = productJsonPages<StepBody>(client, {
    origin: TWILIO_ORIGINS.studio,
    path: new URL(`${executionUri}/Steps`).pathname,
    key: "steps",
  });
  const list = await readBoundedList({
    firstPage: (pageSize) => pages.first(pageSize, {}),
    getPage: pages.next,
    limit: MAX_STEPS,
    pageSize: STEP_PAGE_SIZE,
  });
  return { steps: list.items.map(toStep), hasMoreSteps: list.hasMore };
}

function executionsUri(flowSid: string): string {
  return `${TWILIO_ORIGINS.studio}/v2/Flows/${checkedSid("studioFlow", flowSid, "FlowSid")}/Executions`;
}

function toExecution(body: ExecutionBody): StudioExecution {
  return {
    sid: body.sid,
    flowSid: body.flow_sid,
    accountSid: body.account_sid,
    ...mapRecord(body, { contact_channel_address: "value" }),
    status: body.status,
    ...mapRecord(body, { date_created: "date", date_updated: "date", url: "value" }),
  };
}

function toStep(body: StepBody): StudioStep {
  return {
    sid: body.sid,
    name: body.name,
    ...mapRecord(body, { transitioned_from: "value", transitioned_to: "value", parent_step_sid: "value" }),
    context: body.context ?? {},
    dateCreated: isoDate(body.date_created),
  };
}
