import { action } from "@prismatic-io/spectral";
import { alertListExample } from "../../examplePayloads/monitor";
import { twilioConnection } from "../../inputs/connection";
import { namingInputs } from "../../inputs/labels";
import { CONTINUE_FROM_LABELS } from "../../inputs/lists";
import { alertContinueFrom, alertLimit, alertLogLevel, alertsAfter, alertsBefore } from "../../inputs/monitor";
import { alertListOutput } from "../../outputSchemas/insights";

export const listAlerts = action({
  display: {
    label: "List Debugger Alerts",
    description:
      "List the alerts of Twilio's debugger newest first (the last 30 days): error code, explanation, what to fix and the resource concerned.",
  },
  inputs: {
    twilioConnection,
    logLevel: alertLogLevel,
    startDate: alertsAfter,
    endDate: alertsBefore,
    limit: alertLimit,
    continueFrom: alertContinueFrom,
  },
  perform: async (_context, { twilioConnection, logLevel, startDate, endDate, limit, continueFrom }) => {
    const { listAlerts: readAlerts } = await import("../../client/monitor/alerts");
    const { getTwilioClient } = await import("../../client/twilioClient");
    const { withAlertFixes } = await import("../../errors/builderErrors");
    const { alerts, ...page } = await namingInputs(
      CONTINUE_FROM_LABELS,
      () => readAlerts(getTwilioClient(twilioConnection), { query: { logLevel, startDate, endDate }, limit, continueFrom }),
      "an earlier List Alerts result",
    );
    return { data: { alerts: withAlertFixes(alerts), ...page } };
  },
  examplePayload: { data: alertListExample },
  outputSchema: alertListOutput,
  performSafety: "safe",
});
