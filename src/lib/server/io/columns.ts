/**
 * Column names of our own import files, matched case- and accent-insensitively, in
 * English, Spanish, French and Portuguese (interfaces.md). Unknown columns are kept.
 */
import { normalizeText } from '../vocab';

export type ColumnAliases<F extends string> = Record<F, string[]>;

/** Maps each header of a file to a field, or to null when it is an extra column. */
export function mapHeaders<F extends string>(headers: string[], aliases: ColumnAliases<F>): Map<string, F | null> {
	const byKey = new Map<string, F>();
	for (const [field, names] of Object.entries(aliases) as [F, string[]][]) {
		for (const name of [field, ...names]) byKey.set(normalizeText(name).replace(/[\s_-]+/g, ''), field);
	}
	const mapping = new Map<string, F | null>();
	for (const header of headers) mapping.set(header, byKey.get(normalizeText(header).replace(/[\s_-]+/g, '')) ?? null);
	return mapping;
}

/** Splits a multi-valued cell on `|` (the Kumu convention); empty parts dropped. */
export function splitMulti(value: string | undefined): string[] {
	if (!value) return [];
	return value
		.split('|')
		.map((part) => part.trim())
		.filter(Boolean);
}

/** "key:value|key:value" → {key: value}. */
export function parsePairs(value: string | undefined): Record<string, string> {
	const pairs: Record<string, string> = {};
	for (const part of splitMulti(value)) {
		const at = part.indexOf(':');
		if (at > 0) pairs[part.slice(0, at).trim()] = part.slice(at + 1).trim();
	}
	return pairs;
}

/** {key: value} → "key:value|key:value" (keys sorted, so exports are stable). */
export function formatPairs(pairs: Record<string, string> | null | undefined): string {
	return Object.keys(pairs ?? {})
		.sort()
		.map((key) => `${key}:${pairs![key]}`)
		.join('|');
}
