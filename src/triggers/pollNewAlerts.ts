import { pollingTrigger } from "@prismatic-io/spectral";
import { newAlertsExample } from "../examplePayloads/monitor";
import { alertLogLevel } from "../inputs/monitor";
import { voicePollingConnection } from "../inputs/voicePolling";

export const pollNewAlerts = pollingTrigger({
  display: {
    label: "New Debugger Alerts",
    description:
      "Check Twilio's debugger on a schedule and deliver each new alert exactly once, oldest first: error code, explanation, what to fix and the resource concerned.",
  },
  inputs: { connection: voicePollingConnection, logLevel: alertLogLevel },
  perform: async (context, payload, { connection, logLevel }) => {
    const { pollOnce } = await import("./pollOnce");
    const { getTwilioClient } = await import("../client/twilioClient");
    const { pollNewAlerts: findNewAlerts } = await import("../client/monitor/alerts");
    const { withAlertFixes } = await import("../errors/builderErrors");
    return pollOnce(context, payload, async (state) => {
      const { alerts, state: next } = await findNewAlerts(getTwilioClient(connection), state, { logLevel });
      return { items: withAlertFixes(alerts), state: next };
    });
  },
  examplePayload: newAlertsExample,
});
