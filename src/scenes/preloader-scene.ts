import mapUrl from '@svg-maps/ukraine/ukraine.svg?url';
import { Scene } from 'phaser';
import { COLOURS, SceneKeys, STAGE } from '../game/scene-keys';
import { MAP_KEY } from '../ui/map';
import { textStyle } from '../ui/text-style';

/** Loads what the game needs before the title, drawing a progress bar as it goes. */
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
    this.load.text(MAP_KEY, mapUrl);
  }

  create(): void {
    // The interface font is self-hosted; wait for it so the first screen is drawn in it.
    const fonts = document.fonts
      ? Promise.all([
          document.fonts.load('20px "Atkinson Hyperlegible"'),
          document.fonts.load('bold 20px "Atkinson Hyperlegible"'),
        ])
      : Promise.resolve();
    fonts.catch(() => undefined).then(() => this.scene.start(SceneKeys.Title));
  }
}
