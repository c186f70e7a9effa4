import type { Quote, Scenario, Source } from './types';

/** A passage a text shows between double quotation marks, straight ("…") or curly (“…”). */
const QUOTED = /“([^“”"]*)”|"([^“”"]*)"/g;
const QUOTATION_MARK = /[“”"]/;

/**
 * The passages a text shows in quotation marks, and whether a mark is left over (never closed,
 * or closed by a mark of the other kind).
 */
export function quotedPassages(text: string): { passages: string[]; stray: boolean } {
  const passages = [...text.matchAll(QUOTED)].map((m) => m[1] ?? m[2] ?? '');
  return { passages, stray: QUOTATION_MARK.test(text.replace(QUOTED, '')) };
}

/**
 * A passage in quotation marks is a recorded quote when it is one word for word, or one followed
 * by the full stop or comma of the sentence around it (“…surrender.”).
 */
export function isRecordedQuote(passage: string, quotes: readonly Quote[]): boolean {
  return quotes.some(
    (q) => passage === q.text || (/[.,]$/.test(passage) && passage.slice(0, -1) === q.text),
  );
}

/** A passage as a message shows it: cut short when long. */
const shortened = (passage: string) => (passage.length > 80 ? `${passage.slice(0, 79)}…` : passage);

/** Every quote a scenario's sources record, in order. */
export function recordedQuotes(scenario: Scenario): readonly Quote[] {
  return scenario.sources.flatMap((source) => source.quotes ?? []);
}

/** Every text of a value with its place, e.g. `parties.0.position`, but the quotes themselves. */
function texts(value: unknown, path: string): { path: string; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  const at = (key: string | number) => (path === '' ? String(key) : `${path}.${key}`);
  if (Array.isArray(value)) return value.flatMap((item, i) => texts(item, at(i)));
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, item]) =>
    /^sources\.\d+$/.test(path) && key === 'quotes' ? [] : texts(item, at(key)),
  );
}

/**
 * A scenario shows text in quotation marks only when it is a quote its sources record with who
 * said it; anything else is written as a paraphrase, without them. One error per offending text.
 */
export function unrecordedQuotes(scenario: Scenario): string[] {
  const quotes = recordedQuotes(scenario);
  return texts(scenario, '').flatMap(({ path, text }) => {
    const { passages, stray } = quotedPassages(text);
    const errors = passages
      .filter((passage) => !isRecordedQuote(passage, quotes))
      .map(
        (passage) =>
          `${path}: “${shortened(passage)}” is in quotation marks but is not a quote recorded in sources (record it in a source's quotes with who said it, or write it without quotation marks)`,
      );
    if (stray) errors.push(`${path}: has a quotation mark that is not closed`);
    return errors;
  });
}

/** A quote a scenario's sources record word for word, with the source that records it; or null. */
export function findRecordedQuote(
  scenario: Scenario,
  text: string,
): { readonly quote: Quote; readonly source: Source } | null {
  for (const source of scenario.sources) {
    const quote = source.quotes?.find((q) => q.text === text);
    if (quote) return { quote, source };
  }
  return null;
}
