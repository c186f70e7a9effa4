/** The help text of `npm run sim`. */
export const USAGE = `Mediator simulator: the game's rules without a browser.

Usage: npm run sim -- <command> [flags]

Commands:
  analyze [--scenario ID|FILE]
      Count the packages; size the Pareto frontier and the zone of possible agreement;
      find the Nash and Kalai–Smorodinsky packages.
  evaluate --package JSON|FILE [--scenario ID|FILE]
      Each leader's utility of one package and answer to it without pressure, at its
      no-deal value and at its opening demand, and the outcome if it were signed.
  replay FILE...
      Re-run saved games from their seeds and check each reaches its recorded state.
  play --seed N --strategy random|greedy|compromise|adaptive|expert|bully
       [--difficulty easy|normal|hard] [--scenario ID|FILE] [--out FILE]
      A bot mediator plays a whole game; --out writes its save for replay.
  play --agent [--seed N] [--difficulty easy|normal|hard] [--scenario ID|FILE] [--out FILE]
      An outside program plays: one JSON action per line on standard input, as a save
      records them ({"type":"consult","party":"ru"}); one JSON line on standard output
      after each (what the player sees, never a hidden value), the outcome last.
  balance [--scenario ID|FILE] [--seeds N]
      Every bot strategy plays seeds 1 to N (default 1000) at each difficulty: the share of
      deals, surrenders and stalemates, the median deal score and sessions used.
  help
      Show this text.

Flags:
  --scenario ID|FILE   alaska-2025 (the default), a synthetic id such as synthetic:10x4
                       or synthetic:10x4:SEED, or the path of a scenario JSON file
  --package JSON|FILE  an object mapping every issue to an option, e.g.
                       '{"east":"demilitarize",…}', or the path of a file holding one
  --seed N             a whole number from 0 to 4294967295
  --json               print JSON on stdout instead of a text report
                       (use "npm run -s sim -- …" to keep npm's banner out of it)

Exit status: 0 on success, 1 on bad input or a failed replay, 2 on a usage error.
`;
