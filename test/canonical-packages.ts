import type { Package } from '../src/model/types';

/** Canonical case 1 of SCENARIO.md. */
export const COMPROMISE: Package = {
  east: 'demilitarize',
  pockets: 'return',
  south: 'freeze',
  status: 'de-facto',
  guarantee: 'article5',
  forces: 'monitors',
  'non-seizure': 'yes',
  sanctions: 'phased-relief',
};

/** Canonical case 2 of SCENARIO.md. */
export const UKRAINE_GIVES_EVERYTHING: Package = {
  east: 'cede',
  pockets: 'keep',
  south: 'cede',
  status: 'recognized',
  guarantee: 'none',
  forces: 'none',
  'non-seizure': 'no',
  sanctions: 'lift',
};

/** Canonical case 3 of SCENARIO.md. */
export const RUSSIA_GIVES_EVERYTHING: Package = {
  east: 'hold',
  pockets: 'return',
  south: 'pullback',
  status: 'unresolved',
  guarantee: 'article5',
  forces: 'monitors',
  'non-seizure': 'yes',
  sanctions: 'intensify',
};
