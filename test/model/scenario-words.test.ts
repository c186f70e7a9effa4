import { describe, expect, it } from 'vitest';
import { compileScenario } from '../../src/model/compile';
import { classifyOutcome } from '../../src/model/outcome';
import { RULES_VERSION, scenarioHash } from '../../src/model/scenario-hash';
import { parseScenario } from '../../src/model/scenario-schema';
import {
  durabilityWording,
  NEUTRAL_WORDING,
  outcomeWording,
  scenarioBlurb,
  scenarioQuote,
  summitName,
} from '../../src/model/scenario-words';
import { choice, UKRAINE_GIVES_EVERYTHING } from './fixtures';
import { errorsOf, type Raw, raw, valid } from './raw-scenario';

/** alaska-2025 as a file that gives no words of its own would be. */
const unworded = (): Raw => {
  const s = raw();
  delete s.wording;
  return s;
};

describe('the scenario schema for wording', () => {
  it('accepts a scenario without wording, or with any of its words left out', () => {
    expect(parseScenario(unworded())).toMatchObject({ ok: true });
    const s = raw();
    s.wording = { summit: 'final summit' };
    expect(parseScenario(s)).toMatchObject({ ok: true });
  });

  it('refuses an empty word and a word it does not know, naming the field', () => {
    const s = raw();
    s.wording.noDeal = '';
    expect(errorsOf(parseScenario(s))).toEqual(['wording.noDeal: must not be empty']);
    const t = raw();
    t.wording.motto = 'Peace now';
    expect(errorsOf(parseScenario(t))[0]).toMatch(/^wording/);
  });

  it('refuses a quote its sources do not record word for word', () => {
    const s = raw();
    s.wording.quote = 'If one side gets everything, that is not a peace deal';
    expect(errorsOf(parseScenario(s))).toEqual([
      "wording.quote: “If one side gets everything, that is not a peace deal” is not a quote recorded in sources (record it word for word in a source's quotes, with who said it)",
    ]);
  });

  it('leaves the quote unchecked in a scenario kept to replay a game already played', () => {
    const s = raw();
    s.wording.quote = 'Words nobody recorded';
    expect(parseScenario(s, { quotes: false })).toMatchObject({ ok: true });
    expect(scenarioQuote(valid({ ...s, wording: {} }))).toBeNull();
  });
});

describe('the words a scenario gives the game', () => {
  it('come from its wording', () => {
    const s = valid(raw());
    expect(scenarioBlurb(s)).toMatch(/^You chair peace talks/);
    expect(summitName(s)).toBe('trilateral summit');
    expect(durabilityWording(s)).toEqual({
      lasting: 'the peace',
      durableTerms: 'guarantees, monitors, laws, phased steps',
    });
    expect(scenarioQuote(s)?.quote.by).toBe('Marco Rubio, U.S. Secretary of State');
  });

  it('are neutral where it gives none, and name its parties in the blurb', () => {
    const s = valid(unworded());
    expect(scenarioBlurb(s)).toBe('You chair talks between United States, Russia and Ukraine.');
    expect(summitName(s)).toBe(NEUTRAL_WORDING.summit);
    expect(durabilityWording(s)).toEqual({ lasting: 'the agreement', durableTerms: null });
    expect(outcomeWording(s, RULES_VERSION)).toEqual({
      deal: 'a deal',
      lasting: 'the agreement',
      durableTerms: null,
      noDeal: 'nothing is settled',
    });
    expect(scenarioQuote(s)).toBeNull();
  });
});

describe('outcomeWording', () => {
  it('gives the words rules 1 and 2 recorded for every scenario, whatever its wording', () => {
    const worded = valid(raw());
    const s = raw();
    s.wording = { deal: 'an accord', lasting: 'the accord', noDeal: 'the feud goes on' };
    for (const rules of [1, 2] as const) {
      expect(outcomeWording(valid(s), rules)).toEqual(outcomeWording(worded, rules));
      expect(outcomeWording(valid(unworded()), rules).noDeal).toBe('the war goes on');
    }
    expect(outcomeWording(valid(s), 3)).toMatchObject({
      deal: 'an accord',
      noDeal: 'the feud goes on',
    });
  });

  it('writes the reasons of a lopsided package in the scenario’s words from rules 3 on', () => {
    const s = raw();
    s.wording = { deal: 'an accord', lasting: 'the accord' };
    const model = compileScenario(valid(s));
    const outcome = classifyOutcome(model, choice(model, UKRAINE_GIVES_EVERYTHING));
    expect(outcome.reasons.join(' ')).toMatch(/that is not an accord, it is surrender\.$/);
    const earlier = compileScenario(valid(s), 'game', undefined, 2);
    const recorded = classifyOutcome(earlier, choice(earlier, UKRAINE_GIVES_EVERYTHING));
    expect(recorded.reasons.join(' ')).toMatch(/that is not a peace deal, it is surrender\.$/);
  });
});

describe('the game hash and the wording', () => {
  const hash = (data: unknown, rules: 1 | 2 | 3) => scenarioHash(valid(data), 'game', rules);

  it('ignores the wording under rules 1 and 2, which wrote the same words for every scenario', () => {
    const s = raw();
    s.wording.noDeal = 'the fighting goes on';
    for (const rules of [1, 2] as const) {
      expect(hash(s, rules)).toBe(hash(raw(), rules));
      expect(hash(unworded(), rules)).toBe(hash(raw(), rules));
    }
  });

  it('covers the words the reasons use from rules 3 on, and no others', () => {
    const s = raw();
    s.wording.noDeal = 'the fighting goes on';
    expect(hash(s, 3)).not.toBe(hash(raw(), 3));
    const t = raw();
    t.wording.blurb = 'You chair the talks.';
    t.wording.summit = 'final summit';
    expect(hash(t, 3)).toBe(hash(raw(), 3));
  });
});
