import LZString from 'lz-string';
import { digestText } from '../model/hash';
import { type SaveError, saveError } from './save-error';
import { parseSaveText, type Save, type SaveResult, serializeSaveCompact } from './save-format';

/**
 * Links whose fragment is longer than this are refused before anything is decoded. A game whose
 * scenario travels with it (a class's own copy of the built-in one, with its sources, news and
 * rationales: about 18,000 characters compressed) fits; browsers take far longer addresses.
 */
export const MAX_LINK_FRAGMENT = 32_000;
/** Decoded link text longer than this is refused before it is parsed. */
export const MAX_DECODED_LINK_TEXT = 2_000_000;

const PREFIX = '#game=';
const CHECKSUM = /^[0-9a-f]{8}$/;

const checksum = (payload: string) => digestText(payload).slice(0, 8);

export type ShareLinkResult = { readonly ok: true; readonly fragment: string } | SaveError;

/**
 * The fragment of a link that carries the whole game: `#game=` + the save compressed for URLs,
 * then `.` and a checksum of that payload. A game too long for a link is refused.
 */
export function shareLinkFragment(save: Save): ShareLinkResult {
  const payload = LZString.compressToEncodedURIComponent(serializeSaveCompact(save));
  const fragment = `${PREFIX}${payload}.${checksum(payload)}`;
  if (fragment.length > MAX_LINK_FRAGMENT) {
    return saveError(
      'too-large',
      `this game is too long for a link (${fragment.length} characters; at most ${MAX_LINK_FRAGMENT}): save it as a file instead`,
    );
  }
  return { ok: true, fragment };
}

const damaged = (why: string) =>
  saveError('damaged-link', `the link is incomplete or damaged: ${why}`);

/**
 * The game a link's fragment carries (`location.hash`, with or without its `#`): its length is
 * checked before decoding, its checksum before decompressing, its decoded length before parsing.
 */
export function openShareLink(hash: string): SaveResult {
  if (hash.length > MAX_LINK_FRAGMENT) {
    return saveError(
      'too-large',
      `the link is too long (${hash.length} characters; at most ${MAX_LINK_FRAGMENT})`,
    );
  }
  const fragment = hash.startsWith('#') ? hash : `#${hash}`;
  if (!fragment.startsWith(PREFIX)) return damaged('it does not start with "#game="');
  const body = fragment.slice(PREFIX.length);
  const dot = body.lastIndexOf('.');
  if (dot < 0) return damaged('its checksum is missing');
  const payload = body.slice(0, dot);
  const sum = body.slice(dot + 1);
  if (!CHECKSUM.test(sum)) return damaged('its checksum is not 8 hex digits');
  if (sum !== checksum(payload)) return damaged('its checksum does not match');
  const text = decompress(payload);
  if (text === null) return damaged('it cannot be decompressed');
  if (text.length > MAX_DECODED_LINK_TEXT) {
    return saveError(
      'too-large',
      `the game in the link is too large (${text.length} characters; at most ${MAX_DECODED_LINK_TEXT})`,
    );
  }
  return parseSaveText(text, MAX_DECODED_LINK_TEXT);
}

function decompress(payload: string): string | null {
  try {
    // lz-string answers null or "" for some damaged input, and throws on other.
    const text = LZString.decompressFromEncodedURIComponent(payload);
    return typeof text === 'string' && text.length > 0 ? text : null;
  } catch {
    return null;
  }
}
