import './ui/fonts';
import './ui/styles/base.css';
import { prefetchMap } from './ui/map-source';

// This small entry runs before the Phaser chunk has arrived: the fonts and the map are already
// downloading while Phaser loads and starts.
prefetchMap();
import('./game/start-game').then(({ startGame }) => startGame('game-container'));

// The built game works offline after the first visit. Without the worker (an old browser, a
// refused registration) it simply needs the network, so a failure is not worth a message.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('./sw.js').catch(() => undefined);
  });
}
