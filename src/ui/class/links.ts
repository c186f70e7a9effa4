/** The tables a marker or a row stands for: its `data-games` or `data-game` numbers. */
function gamesOf(target: EventTarget | null): string[] {
  const element = target instanceof Element ? target.closest('[data-games], tr[data-game]') : null;
  return (element?.getAttribute('data-games') ?? element?.getAttribute('data-game') ?? '')
    .split(' ')
    .filter((n) => n !== '');
}

/**
 * Links the table's rows and the chart's markers inside `root`, by the tables' numbers: focusing
 * a row, or anything in it, highlights its marker and label, and focusing a marker highlights
 * its rows; a row's number button moves the focus to its marker, and a marker (click, Enter or
 * Space) to its first row shown. Listens on `root` alone, so the chart and the table can be
 * redrawn freely.
 */
export function linkRowsAndMarkers(root: HTMLElement): void {
  const linked = (n: string) =>
    root.querySelectorAll<Element>(`tr[data-game="${n}"], [data-games~="${n}"]`);
  const highlight = (games: readonly string[]) => {
    for (const element of root.querySelectorAll('.linked')) element.classList.remove('linked');
    for (const n of games) for (const element of linked(n)) element.classList.add('linked');
  };
  const follow = (event: Event) => {
    const target = event.target instanceof Element ? event.target : null;
    const button = target?.closest('.row-link');
    const marker = target?.closest('.point');
    const [first] = gamesOf(target);
    if (!first || !(button || marker)) return;
    event.preventDefault();
    const to = button
      ? root.querySelector<SVGElement>(`.point[data-games~="${first}"]`)
      : gamesOf(marker ?? null)
          .map((n) => root.querySelector<HTMLElement>(`.row-link[data-game="${n}"]`))
          .find((row) => row !== null);
    to?.focus();
    highlight(gamesOf(to ?? null));
  };
  root.addEventListener('focusin', (event) => highlight(gamesOf(event.target)));
  root.addEventListener('click', follow);
  root.addEventListener('keydown', (event) => {
    if ((event.key === 'Enter' || event.key === ' ') && event.target instanceof SVGElement) {
      follow(event);
    }
  });
}
