import type { TableViewStore } from '../store/table-view';

/** Each drawn scene's key is its class name. */
export const StageKeys = {
  Table: 'TableStage',
} as const;

export type StageKey = (typeof StageKeys)[keyof typeof StageKeys];

/** What each drawn scene is started with. */
export interface StageData {
  TableStage: { readonly view: TableViewStore };
}
