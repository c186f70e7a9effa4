import './ui/fonts';
import './ui/styles/base.css';
import { prefetchMap } from './ui/map-source';
import { TITLE_INTERACTIVE_MARK } from './ui/marks';

// This small entry runs before the Phaser chunk has arrived: the fonts and the map are already
// downloading while Phaser loads and starts.
prefetchMap();
import('./game/start-game').then(({ startGame }) => startGame('game-container'));

// The built game works offline after the first visit. Without the worker (an old browser, a
// refused registration) it simply needs the network, so a failure is not worth a message.
// Installing it downloads every file of the game, so it waits until the title can be used.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  const register = () => {
    navigator.serviceWorker.register('./sw.js').catch(() => undefined);
  };
  new PerformanceObserver((list, observer) => {
    if (list.getEntriesByName(TITLE_INTERACTIVE_MARK).length === 0) return;
    observer.disconnect();
    register();
  }).observe({ type: 'mark', buffered: true });
}
