import { CONTENT_VARIABLES } from "../terms";
import { InputError } from "../transport/errors";
import type { TwilioClient } from "../twilioClient";
import { compareVariables, placeholdersOf } from "./placeholders";
import { fetchContent } from "./templates";

/**
 * Fetches the template and checks that the variables fill each of its placeholders and nothing
 * else, before anything is sent: a missing value goes out as the literal "{{2}}" or is refused
 * by WhatsApp (63028) after the message was accepted and billed.
 */
export async function checkTemplateVariables(
  client: TwilioClient,
  contentSid: string,
  contentVariables: string | undefined,
): Promise<void> {
  const template = await fetchContent(client, contentSid);
  const placeholders = placeholdersOf(template.types ?? {});
  const variables = contentVariables ? (JSON.parse(contentVariables) as Record<string, unknown>) : {};
  const { missing, extra } = compareVariables(placeholders, variables);
  if (missing.length === 0 && extra.length === 0) return;
  const problems = [
    missing.length > 0 && `missing ${missing.map((name) => `"${name}"`).join(", ")}`,
    extra.length > 0 && `not in the template: ${extra.map((name) => `"${name}"`).join(", ")}`,
  ].filter(Boolean);
  const expected = placeholders.length > 0 ? placeholders.map((name) => `"${name}"`).join(", ") : "no variables at all";
  throw new InputError(
    CONTENT_VARIABLES,
    `a value for each placeholder of template ${contentSid} (${expected}) and nothing else; ${problems.join("; ")}`,
  );
}
