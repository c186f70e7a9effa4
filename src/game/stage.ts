import type { StageData, StageKey } from './stage-keys';

/** A Phaser scene shown in a region of the page; `stop` ends it and frees the region. */
export interface StageHandle {
  stop(): void;
}

type PhaserStage = typeof import('./phaser-stage');
let loading: Promise<PhaserStage> | null = null;

/** Loads Phaser and the drawn scenes (a chunk of its own), once. */
export function loadStage(): Promise<PhaserStage> {
  loading ??= import('./phaser-stage');
  return loading;
}

/**
 * Draws a scene in `region`, sized by the page's layout: Phaser loads on first use, then the
 * canvas follows the region's size and the screen's pixel density. Stopping before Phaser has
 * arrived is allowed; the scene then never starts. A failure to load rejects, so the caller can
 * say so; the page around the region keeps working without the drawing.
 */
export function showStage<K extends StageKey>(
  region: HTMLElement,
  key: K,
  data: StageData[K],
): { readonly handle: StageHandle; readonly ready: Promise<void> } {
  let stopped = false;
  let inner: StageHandle | null = null;
  const ready = loadStage().then((stage) => {
    if (stopped) return;
    inner = stage.attachStage(region, key, data);
  });
  return {
    handle: {
      stop() {
        stopped = true;
        inner?.stop();
      },
    },
    ready,
  };
}
