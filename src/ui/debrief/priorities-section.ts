import type { ConcessionStyle } from '../../model/demand';
import type { Party, Rationale, Scenario } from '../../model/types';
import type { DebriefView } from '../../store/debrief-view';
import { h, styled } from '../dom';
import { issueLabel, optionLabel } from '../table/describe';

const BASIS: Readonly<Record<Rationale['basis'], string>> = {
  reported: 'Reported',
  assumption: 'Assumption',
  'game-mechanic': 'Game mechanic',
};

/**
 * "Reported — …": the basis of a choice, with its citation note when it has one. The note is a
 * paraphrase, shown as written: quotation marks only where it quotes a recorded quote.
 */
function basisText(r: Rationale): (Node | string)[] {
  const lead = r.basis === 'reported' ? ' — ' : ' — drawing on what was reported: ';
  return [
    h('span', { class: 'basis' }, BASIS[r.basis]),
    r.cite ? h('span', { class: 'cite' }, `${lead}${r.cite.note}`) : '',
  ];
}

/** One leader's weights, most important first, each with its reason and its basis. */
function weightsTable(scenario: Scenario, party: Party): HTMLTableElement {
  const total = scenario.issues.reduce((sum, i) => sum + (party.priorities[i.id]?.weight ?? 0), 0);
  const rows = scenario.issues
    .map((issue, order) => ({ issue, order, priority: party.priorities[issue.id] }))
    .filter((r) => r.priority !== undefined)
    // Array.prototype.sort is stable: equal weights keep scenario order.
    .sort((a, b) => (b.priority?.weight ?? 0) - (a.priority?.weight ?? 0));
  return h(
    'table',
    { class: 'debrief-weights', 'aria-labelledby': `debrief-leader-${party.id}` },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, 'Issue'),
        h('th', { scope: 'col', class: 'num' }, 'Weight'),
        h('th', { scope: 'col' }, 'Why'),
        h('th', { scope: 'col' }, 'Basis and source'),
      ),
    ),
    h(
      'tbody',
      {},
      ...rows.map(({ issue, priority }) => {
        const share = total > 0 ? Math.round((100 * (priority?.weight ?? 0)) / total) : 0;
        return h(
          'tr',
          {},
          h('th', { scope: 'row' }, issue.label),
          h(
            'td',
            { class: 'num' },
            styled(h('span', { class: 'share-bar', 'aria-hidden': 'true' }), {
              width: `${share * 1.6}px`,
            }),
            `${share}%`,
          ),
          h('td', {}, priority?.why ?? ''),
          h('td', { class: 'basis-cell' }, ...(priority ? basisText(priority) : [])),
        );
      }),
    ),
  );
}

const signed = (x: number) => `${x > 0 ? '+' : '−'}${Math.abs(x)}`;

const STYLE_WORDS: Readonly<Record<ConcessionStyle, string>> = {
  'hard-liner': 'gives ground late, as a hard-liner does',
  steady: 'gives ground at a steady pace',
  conceder: 'gives ground early, as a conceder does',
};

/** How a leader's demand moved: its opening, its curve, and what it asked when the talks ended. */
function concessionFact(view: DebriefView, p: number): HTMLElement | null {
  const party = view.model.scenario.parties[p];
  const concession = party?.concession;
  const shown = view.leaders[p];
  // In a role-play the players answered, not the model's concession curves.
  if (!party || !concession || !shown?.style || view.final.players === 'people') return null;
  const hardened = shown.demandShift;
  return h(
    'div',
    { class: 'fact concession' },
    h('dt', {}, 'How it negotiates'),
    h(
      'dd',
      {},
      `Opened asking ${shown.opening} of 100 and ${STYLE_WORDS[shown.style]} (concession curve ${concession.curve.value}); more trust in the mediator made it give ground sooner. ${concession.curve.why} `,
      ...basisText(concession.curve),
      `. When the talks ended it asked ${shown.demandAtEnd}`,
      hardened === 0
        ? '.'
        : `, its demand moved ${signed(hardened)} by public refusals, pressure on others and the news.`,
    ),
  );
}

/** The news of the reporting that the scenario lets arrive, and when it arrived in this game. */
function newsArticle(view: DebriefView): HTMLElement | null {
  const { model, news } = view;
  if (news.length === 0) return null;
  const name = (id: string) => model.scenario.parties.find((x) => x.id === id)?.country ?? id;
  return h(
    'article',
    { class: 'debrief-news', 'aria-labelledby': 'debrief-news-heading' },
    h('h3', { id: 'debrief-news-heading' }, 'News during the talks'),
    h(
      'ul',
      {},
      ...news.map(({ event, arrivedAt: when }) => {
        const moves = event.effects.map((e) =>
          [
            e.demand
              ? `${name(e.party)} asks ${Math.abs(e.demand)} ${e.demand < 0 ? 'less' : 'more'}`
              : '',
            e.noDeal ? `${name(e.party)}’s no-deal value ${signed(e.noDeal)}` : '',
            e.trust ? `${name(e.party)}’s trust ${signed(e.trust)}` : '',
          ]
            .filter(Boolean)
            .join(', '),
        );
        return h(
          'li',
          {},
          h('strong', {}, `${event.date}: `),
          `${event.headline} (${moves.join('; ')}; ${when === null ? 'it did not arrive in this game' : `it arrived at the start of session ${when}`}.) ${event.why} `,
          ...basisText(event),
        );
      }),
    ),
  );
}

/** Section 2: the hidden priorities revealed, leader by leader. */
export function prioritiesSection(view: DebriefView): HTMLElement {
  const scenario = view.model.scenario;
  return h(
    'section',
    {
      class: 'debrief-section debrief-priorities',
      id: 'debrief-priorities',
      'aria-labelledby': 'debrief-priorities-heading',
    },
    h('h2', { id: 'debrief-priorities-heading', tabindex: '-1' }, 'Hidden priorities revealed'),
    h(
      'p',
      { class: 'debrief-intro' },
      view.final.players === 'people'
        ? 'Known during the talks only to each leader’s player, from their brief. Weight: the share of a leader’s 100 points an issue carries. “Reported” rests on the news report; “Assumption” and “Game mechanic” are the designers’ choices.'
        : 'Hidden during the talks. Weight: the share of a leader’s 100 points an issue carries. Each leader opened asking more than its no-deal value and gave ground as the sessions passed; each public refusal made it ask a little more. “Reported” rests on the news report; “Assumption” and “Game mechanic” are the designers’ choices.',
    ),
    ...scenario.parties.map((party, p) => {
      const shift = view.leaders[p]?.noise ?? 0;
      const noDeal = view.leaders[p]?.noDeal ?? party.reservationValue.value;
      const moved = view.leaders[p]?.newsShift ?? 0;
      const lever = party.lever;
      const rules = scenario.rules;
      return h(
        'article',
        { class: 'debrief-leader', 'aria-labelledby': `debrief-leader-${party.id}` },
        h(
          'h3',
          { id: `debrief-leader-${party.id}` },
          `${party.country} `,
          h('span', { class: 'leader-name' }, `— ${party.leader.title} ${party.leader.name}`),
        ),
        weightsTable(scenario, party),
        h(
          'dl',
          { class: 'debrief-facts' },
          h(
            'div',
            { class: 'fact' },
            h('dt', {}, 'No-deal value'),
            h(
              'dd',
              {},
              `${party.reservationValue.value} of 100`,
              shift === 0 && moved === 0
                ? ''
                : ` (${noDeal} in this game${shift === 0 ? '' : `, after hidden noise of ${signed(shift)}`}${moved === 0 ? '' : `; the news moved it by ${signed(moved)}`})`,
              `: ${party.reservationValue.why} `,
              ...basisText(party.reservationValue),
            ),
          ),
          h(
            'div',
            { class: 'fact' },
            h('dt', {}, 'Red lines'),
            party.redLines.length === 0
              ? h('dd', {}, 'None declared.')
              : h(
                  'dd',
                  {},
                  ...party.redLines.map((line, i) =>
                    h(
                      'span',
                      { class: 'red-line' },
                      i > 0 ? ' ' : '',
                      h(
                        'strong',
                        {},
                        `${issueLabel(scenario, line.issue)}: ${optionLabel(scenario, line.issue, line.option)}`,
                      ),
                      ` — ${line.why} `,
                      ...basisText(line),
                    ),
                  ),
                ),
          ),
          concessionFact(view, p),
          h(
            'div',
            { class: 'fact lever' },
            h('dt', {}, 'Pressure lever'),
            h(
              'dd',
              {},
              h('strong', {}, lever.label),
              `: lowers its demand by ${lever.reservationDrop} and costs ${lever.trustCost} trust each time`,
              (lever.walkOutRisk ?? 0) > 0
                ? `; from the second time, a ${lever.walkOutRisk}% risk of a walk-out for each earlier use`
                : '',
              (rules.pressureHardening ?? 0) > 0
                ? `; every other leader then asks ${rules.pressureHardening} more`
                : '',
              `. ${lever.why} `,
              ...basisText(lever),
            ),
          ),
        ),
      );
    }),
    newsArticle(view),
  );
}
