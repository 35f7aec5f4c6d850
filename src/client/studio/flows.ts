import type { Element } from "@prismatic-io/spectral";
import { byLabel, PICKLIST_LIMIT } from "../picklists";
import { requestJson } from "../transport/jsonRequest";
import { TWILIO_ORIGINS } from "../transport/origins";
import type { TwilioClient } from "../twilioClient";

interface FlowBody {
  sid: string;
  friendly_name?: string | null;
  status?: string | null;
  revision?: number | null;
}

/** Labelled "Appointment bot · published · revision 7": only a published flow runs when started. */
export async function studioFlowChoices(client: TwilioClient): Promise<Element[]> {
  const page = await requestJson<{ flows?: FlowBody[] }>(client, {
    method: "get",
    uri: `${TWILIO_ORIGINS.studio}/v2/Flows`,
    params: { PageSize: PICKLIST_LIMIT },
  });
  return (page.flows ?? [])
    .map((flow) => ({
      key: flow.sid,
      label: [flow.friendly_name || "Unnamed flow", flow.status ?? "unknown status", `revision ${flow.revision ?? "?"}`].join(" · "),
    }))
    .sort(byLabel);
}
