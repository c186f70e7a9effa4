import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/model/analysis';
import { compileScenario } from '../../src/model/compile';
import { parseScenario } from '../../src/model/scenario-schema';

/** The text of the guide's worked example: the <pre id="scenario-example">, tags and entities undone. */
function guideExample(): string {
  const html = readFileSync('public/guide.html', 'utf8');
  const match = /<pre id="scenario-example"[^>]*>([\s\S]*?)<\/pre>/.exec(html);
  if (!match?.[1]) throw new Error('public/guide.html has no <pre id="scenario-example">');
  return match[1]
    .replace(/<[^>]+>/g, '')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&#x27;', "'")
    .replaceAll('&amp;', '&');
}

describe('the teacher’s guide’s worked example', () => {
  const text = guideExample();

  it('is a scenario file the game accepts', () => {
    const parsed = parseScenario(JSON.parse(text));
    expect(parsed.ok ? [] : parsed.errors).toEqual([]);
  });

  it('has three parties and two issues, and the one-package zone of agreement the guide works out', () => {
    const parsed = parseScenario(JSON.parse(text));
    if (!parsed.ok) throw new Error(parsed.errors.join('; '));
    const { scenario } = parsed;
    expect(scenario.parties).toHaveLength(3);
    expect(scenario.issues).toHaveLength(2);
    expect(scenario.discussion?.short.length).toBeGreaterThan(0);
    const model = compileScenario(scenario);
    const analysis = analyze(model);
    expect(analysis.zopaSize).toBe(1);
    // Fixed shares (option 1 of water) and a joint commission (option 1 of the gauge).
    expect(analysis.nash).toBe(1 * 2 + 1);
    expect(model.partyIds.map((_, p) => analysis.utilities[p]?.[3])).toEqual([55, 95, 76]);
  });
});
