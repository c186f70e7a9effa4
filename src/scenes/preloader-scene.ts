import { Scene } from 'phaser';
import { COLOURS, SceneKeys, STAGE } from '../game/scene-keys';
import { fontsReady } from '../ui/fonts';
import { MAP_KEY } from '../ui/map';
import { mapUrl, prefetchedMap } from '../ui/map-source';
import { textStyle } from '../ui/text-style';

/** The first scene: loads what the game needs before the title, drawing a progress bar. */
export class PreloaderScene extends Scene {
  constructor() {
    super(SceneKeys.Preloader);
  }

  preload(): void {
    const width = 480;
    const x = (STAGE.width - width) / 2;
    const y = STAGE.height / 2;
    this.add
      .text(STAGE.width / 2, y - 48, 'Mediator — loading…', textStyle(28, { color: '#14213d' }))
      .setOrigin(0.5);
    this.add.rectangle(x, y, width, 24).setOrigin(0, 0.5).setStrokeStyle(2, COLOURS.ink);
    const bar = this.add.rectangle(x + 4, y, 0, 16, COLOURS.accent).setOrigin(0, 0.5);
    this.load.on('progress', (progress: number) => {
      bar.width = (width - 8) * progress;
    });
    const early = prefetchedMap();
    if (early) this.cache.text.add(MAP_KEY, early);
    else this.load.text(MAP_KEY, mapUrl);
  }

  create(): void {
    // The interface font is self-hosted; wait for it so the first screen is drawn in it.
    fontsReady().then(() => this.scene.start(SceneKeys.Title));
  }
}
