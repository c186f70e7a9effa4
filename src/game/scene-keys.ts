/** Each scene's key is its class name. */
export const SceneKeys = {
  Preloader: 'PreloaderScene',
  Title: 'TitleScene',
  Briefing: 'BriefingScene',
  Table: 'TableScene',
  Outcome: 'OutcomeScene',
  Replay: 'ReplayScene',
  Debrief: 'DebriefScene',
  Class: 'ClassScene',
} as const;

/** The design size of every scene; the canvas and its controls scale to fit the window. */
export const STAGE = { width: 1280, height: 800 } as const;

/** The palette, shared by canvas drawing and (as CSS variables) by the controls. */
export const COLOURS = {
  ink: 0x14213d,
  paper: 0xf7f4ec,
  panel: 0xffffff,
  accent: 0x1d3557,
  deal: 0x2a7f62,
  stalemate: 0x6c757d,
  surrender: 0xb23a48,
  muted: 0xa8b2c1,
} as const;
