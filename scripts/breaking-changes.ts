import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import { buildSchema, isEnumType, isInterfaceType, isObjectType, type GraphQLSchema } from 'graphql';

/**
 * The client contract's gate: compares the public API schema with the committed baseline
 * (schema/api.baseline.graphql, what clients were last given) and says which breaking changes
 * are not accepted. A breaking change is accepted when schema/CHANGELOG.md lists its path with a
 * reason; a removed field or enum value must also have been `@deprecated` in the baseline
 * (deprecate first, remove in a later release). Additions never need an entry.
 */

/** One accepted breaking change, from a CHANGELOG line "- `Type.field` (CHANGE_TYPE): reason". */
export interface AcceptedChange {
  path: string;
  type?: string;
  reason: string;
}

const ENTRY = /^\s*[-*]\s+`([^`]+)`\s*(?:\(([A-Z_]+)\))?\s*:\s*(.+?)\s*$/;

/** The entries of the "Accepted breaking changes" section (the rest of the file is for people). */
export function parseChangelog(markdown: string): AcceptedChange[] {
  const entries: AcceptedChange[] = [];
  let inSection = false;
  for (const line of markdown.split('\n')) {
    if (/^#+\s/.test(line)) inSection = /accepted breaking changes/i.test(line);
    const match = inSection ? ENTRY.exec(line) : null;
    if (match) entries.push({ path: match[1]!, type: match[2], reason: match[3]! });
  }
  return entries;
}

export interface Verdict {
  breaking: Change[];
  /** Breaking changes without an accepted entry, with why. */
  refused: { change: Change; why: string }[];
  dangerous: Change[];
  safe: Change[];
}

const REMOVALS = new Set(['FIELD_REMOVED', 'ENUM_VALUE_REMOVED']);

function wasDeprecated(schema: GraphQLSchema, path: string): boolean {
  const [typeName, member] = path.split('.');
  const type = schema.getType(typeName ?? '');
  if (!member) return false;
  if (isObjectType(type) || isInterfaceType(type)) return Boolean(type.getFields()[member]?.deprecationReason);
  if (isEnumType(type)) return Boolean(type.getValue(member)?.deprecationReason);
  return false;
}

export async function judge(baselineSdl: string, currentSdl: string, changelog: string): Promise<Verdict> {
  const baseline = buildSchema(baselineSdl);
  const changes = await diff(baseline, buildSchema(currentSdl));
  const accepted = parseChangelog(changelog);
  const breaking = changes.filter((change) => change.criticality.level === CriticalityLevel.Breaking);
  const refused: Verdict['refused'] = [];
  for (const change of breaking) {
    const path = change.path ?? '';
    const entry = accepted.find((e) => e.path === path && (!e.type || e.type === change.type));
    if (!entry)
      refused.push({ change, why: `not listed in schema/CHANGELOG.md (add "- \`${path}\` (${change.type}): <reason>" under "Accepted breaking changes")` });
    else if (entry.reason.trim().length < 10) refused.push({ change, why: 'its CHANGELOG entry needs a real reason' });
    else if (REMOVALS.has(change.type) && !wasDeprecated(baseline, path))
      refused.push({ change, why: 'removed without being @deprecated in the baseline first' });
  }
  return {
    breaking,
    refused,
    dangerous: changes.filter((change) => change.criticality.level === CriticalityLevel.Dangerous),
    safe: changes.filter((change) => change.criticality.level === CriticalityLevel.NonBreaking),
  };
}
