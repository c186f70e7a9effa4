import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  BUILT_IN_SCENARIO_IDS,
  builtInScenario,
  DEFAULT_SCENARIO_ID,
  registerBuiltInScenario,
} from '../../src/model/scenarios';

describe('the built-in scenarios, registered from their data files', () => {
  it('lists the default first, and validates each file once registered', () => {
    expect(BUILT_IN_SCENARIO_IDS[0]).toBe(DEFAULT_SCENARIO_ID);
    for (const id of BUILT_IN_SCENARIO_IDS) expect(builtInScenario(id)?.id).toBe(id);
  });

  it('answers null for an id that is not built in, and refuses to register one', () => {
    expect(builtInScenario('no-such-scenario')).toBeNull();
    expect(() => registerBuiltInScenario('no-such-scenario', {})).toThrow(/not a built-in/);
  });

  it('calls a registered file that fails the schema a bug, naming the scenario', () => {
    const id = 'silverrun-dam';
    const good = builtInScenario(id);
    try {
      registerBuiltInScenario(id, { id });
      expect(() => builtInScenario(id)).toThrow(/built-in scenario silverrun-dam is invalid/);
    } finally {
      registerBuiltInScenario(
        id,
        JSON.parse(readFileSync('assets/scenarios/silverrun-dam.json', 'utf8')),
      );
    }
    expect(builtInScenario(id)).toEqual(good);
  });
});
