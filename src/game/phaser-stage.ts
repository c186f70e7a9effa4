import { AUTO, Game, Scale, type Scene } from 'phaser';
import { TableStage } from '../scenes/table-stage';
import { fontsReady } from '../ui/fonts';
import { themeColour } from '../ui/theme';
import { renderOnDemand } from './render-on-demand';
import type { StageHandle } from './stage';
import type { StageData, StageKey } from './stage-keys';

/** The drawn scenes, by key. */
const STAGES: Readonly<Record<StageKey, new () => Scene>> = { TableStage };

interface Stage {
  readonly game: Game;
  readonly host: HTMLElement;
  readonly wake: () => void;
}

let stage: Stage | null = null;

/** The one Phaser game, made on first use in a host element that moves between regions. */
function theStage(): Stage {
  if (stage) return stage;
  const host = document.createElement('div');
  host.className = 'stage-host';
  const game = new Game({
    type: AUTO,
    parent: host,
    backgroundColor: themeColour('paper'),
    // The page's layout sizes the region; the canvas follows it (see attachStage).
    scale: { mode: Scale.NONE, width: 1, height: 1 },
    banner: false,
    // Nothing on the stage takes input: every control is HTML beside it.
    input: { keyboard: false, mouse: false, touch: false, gamepad: false },
    scene: [],
  });
  for (const [key, scene] of Object.entries(STAGES)) game.scene.add(key, scene, false);
  const { wake } = renderOnDemand(game);
  stage = { game, host, wake };
  return stage;
}

/**
 * Sizes the canvas to the region in CSS pixels, drawn at the screen's pixel density so text is
 * sharp at any zoom; scenes lay out in CSS pixels through their camera's zoom.
 */
function fitRegion({ game, wake }: Stage, region: HTMLElement): void {
  const width = Math.max(1, Math.round(region.clientWidth));
  const height = Math.max(1, Math.round(region.clientHeight));
  const density = Math.min(3, Math.max(1, window.devicePixelRatio || 1));
  game.scale.resize(Math.round(width * density), Math.round(height * density));
  game.canvas.style.width = `${width}px`;
  game.canvas.style.height = `${height}px`;
  game.registry.set('layout', { width, height, density });
  wake();
}

/**
 * Shows the scene `key` in `region`: the canvas moves there and follows its size; the scene
 * starts with `data` once the font is ready. The canvas is a picture of what the HTML beside it
 * says in words, so assistive technology skips it.
 */
export function attachStage<K extends StageKey>(
  region: HTMLElement,
  key: K,
  data: StageData[K],
): StageHandle {
  const current = theStage();
  const { game, host, wake } = current;
  host.setAttribute('aria-hidden', 'true');
  region.append(host);
  let stopped = false;
  const observer = new ResizeObserver(() => fitRegion(current, region));
  observer.observe(region);
  const start = () => {
    if (stopped) return;
    fitRegion(current, region);
    game.scene.start(key, { ...data, wake });
    wake();
  };
  void fontsReady().then(() => {
    if (game.isBooted) start();
    else game.events.once('ready', start);
  });
  return {
    stop() {
      stopped = true;
      observer.disconnect();
      if (game.scene.isActive(key) || game.scene.isPaused(key)) game.scene.stop(key);
      host.remove();
      wake();
    },
  };
}
