import './styles/fonts.css';

// The interface font is self-hosted. Asking for both weights at once starts their downloads
// while Phaser boots, instead of when the first text needs them.
const loading: Promise<unknown> = document.fonts
  ? Promise.all([
      document.fonts.load('20px "Atkinson Hyperlegible"'),
      document.fonts.load('bold 20px "Atkinson Hyperlegible"'),
    ]).catch(() => undefined)
  : Promise.resolve();

/** Resolves once the interface font is ready, or has failed and the fallback will do. */
export function fontsReady(): Promise<unknown> {
  return loading;
}
