import { dataSource, type Element } from "@prismatic-io/spectral";
import type { TwilioClient } from "../client/twilioClient";
import { twilioConnection } from "../inputs/connection";

interface PicklistDefinition {
  label: string;
  description: string;
  example: Element[];
  /** The choices, read with the connection's client; the product's module is imported on first use. */
  choices(client: TwilioClient): Promise<Element[]>;
}

/** Every picklist of the component: one connection input, the client loaded on first use, the choices as the result. */
export function twilioPicklist({ label, description, example, choices }: PicklistDefinition) {
  return dataSource({
    display: { label, description },
    dataSourceType: "picklist",
    inputs: { connection: twilioConnection },
    perform: async (_context, { connection }) => {
      const { getTwilioClient } = await import("../client/twilioClient");
      return { result: await choices(getTwilioClient(connection)) };
    },
    examplePayload: { result: example },
  });
}
