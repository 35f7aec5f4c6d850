import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Component } from "@prismatic-io/spectral/dist/serverTypes";
import { componentParts } from "../scripts/lib/bundle";
import { generateReference, partHeading, REFERENCE_BEGIN, REFERENCE_END } from "../scripts/lib/reference";
import definedComponent from "../src";

/** documentation.md is what Prismatic shows builders: it must cover everything the component defines, as it is now. */
const component = definedComponent as unknown as Component;
const documentation = readFileSync(join(__dirname, "..", "documentation.md"), "utf8");
const parts = componentParts(component);
const partNames = parts.map((part) => `${part.kind} ${part.key}`);

function generatedPart(text: string): string {
  const begin = text.indexOf(REFERENCE_BEGIN);
  const end = text.indexOf(REFERENCE_END);
  if (begin === -1 || end === -1) throw new Error("documentation.md lost its reference markers: run npm run docs");
  return text.slice(begin, end + REFERENCE_END.length);
}

describe("documentation.md", () => {
  it("finds the component's actions, triggers and data sources to check", () => {
    expect(partNames).toEqual(
      expect.arrayContaining(["action sendSMS", "action getSMS", "action listMessages", "action rawRequest", "trigger webhook"]),
    );
  });

  it.each(parts.map((part) => [`${part.kind} ${part.key}`, part] as const))("has an example payload for %s", (_name, part) => {
    expect(part.definition.examplePayload).toBeDefined();
  });

  it.each(parts.map((part) => [`${part.kind} ${part.key}`, part] as const))("has a section for %s", (_name, part) => {
    expect(documentation.split("\n")).toContain(partHeading(part));
  });

  it("has its generated reference up to date with the component definition (else run npm run docs)", () => {
    expect(generatedPart(documentation)).toBe(generateReference(component));
  });

  it.each(["## Overview", "## Connections", "## Webhook set-up", "## Rate limits and retries", "## Errors"])(
    "keeps the hand-written section %s",
    (heading) => {
      expect(documentation.split("\n")).toContain(heading);
    },
  );
});
