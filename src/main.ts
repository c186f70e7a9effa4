import './ui/fonts';
import './ui/styles/base.css';
import { prefetchMap } from './ui/map-source';

// This small entry runs before the Phaser chunk has arrived: the fonts and the map are already
// downloading while Phaser loads and starts.
prefetchMap();
import('./game/start-game').then(({ startGame }) => startGame('game-container'));
