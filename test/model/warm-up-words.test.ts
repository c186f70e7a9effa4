import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import silverrunJson from '../../assets/scenarios/silverrun-dam.json';
import { choiceAt, compileScenario } from '../../src/model/compile';
import { classifyOutcome, stalemateReason } from '../../src/model/outcome';
import { RULES_VERSION } from '../../src/model/scenario-hash';
import {
  durabilityWording,
  outcomeWording,
  scenarioBlurb,
  summitName,
} from '../../src/model/scenario-words';
import { builtInScenario } from '../../src/model/scenarios/index';
import type { Scenario } from '../../src/model/types';
import { leaves } from '../scenario-leaves';

const scenarioOf = (id: string): Scenario => {
  const scenario = builtInScenario(id);
  if (!scenario) throw new Error(`no built-in scenario ${id}`);
  return scenario;
};
const real = scenarioOf('alaska-2025');
const warmUp = scenarioOf('silverrun-dam');

/** The English name of each region of the map outline, by id. */
function regionNames(): Map<string, string> {
  const outline = readFileSync('assets/maps/ukraine.svg', 'utf8');
  const names = new Map<string, string>();
  for (const [, attributes = ''] of outline.matchAll(/<path([^>]*)>/g)) {
    const id = /\bid="([^"]+)"/.exec(attributes)?.[1];
    const name = /\baria-label="([^"]+)"/.exec(attributes)?.[1];
    if (id && name) names.set(id, name);
  }
  return names;
}

/**
 * What the warm-up must never say, all taken from the real scenario: its parties (country, short
 * name, leaders), its sources' quotes and speakers, its regions (ids and names), its title and
 * its own words; and the words of war and peace the game wrote for every scenario before rules 3.
 */
function realNames(): { text: string; pattern: RegExp }[] {
  const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const phrase = (text: string, flags = 'i') => ({
    text,
    pattern: new RegExp(`(?<![\\p{L}\\d])${literal(text)}(?![\\p{L}\\d])`, `${flags}u`),
  });
  const regions = new Set([
    ...Object.keys(real.map?.control ?? {}),
    ...real.issues.flatMap((issue) => issue.regions),
  ]);
  const names = regionNames();
  const quotes = real.sources.flatMap((source) => source.quotes ?? []);
  return [
    ...real.parties.flatMap((party) => [
      phrase(party.country),
      // "US", "RU", "UA" as words of their own, in capitals: "us" is an English word.
      phrase(party.short, ''),
      phrase(party.leader.name),
      ...party.leader.name.split(' ').map((part) => phrase(part)),
    ]),
    ...quotes.flatMap((quote) => [
      phrase(quote.text),
      ...quote.by.split(/,\s*/).map((part) => phrase(part)),
    ]),
    ...[...regions].flatMap((id) => [phrase(id), phrase(names.get(id) ?? id)]),
    phrase(real.title),
    ...Object.values(real.wording ?? {}).map((words) => phrase(words)),
    ...Object.values(real.map?.levels ?? {}).map((label) => phrase(label)),
    ...['Alaska', 'Washington', 'NATO', 'Article 5', 'war', 'peace', 'trilateral'].map((word) =>
      phrase(word),
    ),
  ];
}

/** Every text of the warm-up the game can show, with where it comes from. */
function warmUpTexts(): { where: string; text: string }[] {
  const file = leaves(silverrunJson)
    .filter((leaf) => typeof leaf.value === 'string')
    .map((leaf) => ({ where: leaf.path.join('.'), text: String(leaf.value) }));
  const model = compileScenario(warmUp);
  const reasons = new Set<string>();
  for (let k = 0; k < model.packageCount; k++) {
    for (const reason of classifyOutcome(model, choiceAt(model, k)).reasons) reasons.add(reason);
  }
  const words = outcomeWording(warmUp, RULES_VERSION);
  for (const cause of ['deadline', 'failed-summit', 'walk-out', 'adjourned'] as const) {
    reasons.add(stalemateReason(cause, warmUp.parties[0]?.country ?? null, words));
  }
  const durable = durabilityWording(warmUp);
  return [
    ...file,
    { where: 'the title screen’s blurb', text: scenarioBlurb(warmUp) },
    { where: 'the summit’s name', text: summitName(warmUp) },
    { where: 'the durable terms', text: `${durable.durableTerms} ${durable.lasting}` },
    ...[...reasons].map((text) => ({ where: 'an outcome’s reason', text })),
  ];
}

describe('the warm-up scenario’s words', () => {
  const forbidden = realNames();
  const texts = warmUpTexts();

  it('are checked against the real scenario’s names, quotes, regions and words', () => {
    expect(forbidden.length).toBeGreaterThan(40);
    expect(texts.length).toBeGreaterThan(200);
    // The check finds what it looks for.
    const sample = 'Donetsk stays with Ukraine, and the war goes on.';
    expect(forbidden.filter(({ pattern }) => pattern.test(sample)).length).toBeGreaterThan(2);
  });

  it('contain none of the real scenario’s party or leader names, quotes, regions or words', () => {
    const found = texts.flatMap(({ where, text }) =>
      forbidden.filter(({ pattern }) => pattern.test(text)).map((f) => `${where}: “${f.text}”`),
    );
    expect(found).toEqual([]);
  });

  it('show no map, so nothing of the real map either', () => {
    expect(warmUp.map).toBeUndefined();
  });

  it('say how many sessions each difficulty gives, only through its own numbers', () => {
    // The title shows the chosen scenario's sessions: the warm-up's are its own.
    expect(warmUp.difficulties.normal.sessions).not.toBe(real.difficulties.normal.sessions);
    for (const { text } of texts) expect(text).not.toMatch(/\b\d+ sessions\b/);
  });
});
