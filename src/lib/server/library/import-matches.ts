/**
 * The duplicate lookups of a chunk of imported rows, made with one query instead of up
 * to four per row. For each row it finds the stored record upsertResource would match
 * (same order of keys: source id, then DOI, address, folded title + year, each within
 * the record's language; the oldest record when several match), and the keys involved,
 * so the caller can tell when an earlier row of the chunk has written something that
 * makes the answer stale and must look again row by row.
 */
import type { DB } from '../db';
import type { ResourceRow } from '../db/schema';
import { ResourceInput } from '../../domain/resource';
import { languageCodes, validateInput } from '../network/service';
import { foldTitles, selectMatchCandidates } from './io-queries';
import type { ResourceImportRecord } from './resource-io';

export interface PrefetchedMatch {
	/** The stored record the row matches, or null when it matches none. */
	match: ResourceRow | null;
	/** The keys of the row and of the record it matches ("d:doi|language", …). */
	keys: string[];
}

type Candidate = ResourceRow & { folded_title: string };

const doiKey = (doi: string, language: string) => `d:${doi.toLowerCase()}|${language}`;
const urlKey = (url: string, language: string) => `u:${url}|${language}`;
const titleKey = (folded: string, year: number | null, language: string) => `t:${folded}|${year ?? ''}|${language}`;
const sourceKey = (sourceId: string) => `s:${sourceId}`;

function keysOfStored(row: Candidate): string[] {
	const keys = [titleKey(row.folded_title, row.year, row.language)];
	if (row.doi) keys.push(doiKey(row.doi, row.language));
	if (row.url) keys.push(urlKey(row.url, row.language));
	const sourceId = (row.extra as Record<string, unknown> | null)?.sourceId;
	if (typeof sourceId === 'string' || typeof sourceId === 'number') keys.push(sourceKey(String(sourceId)));
	return keys;
}

/**
 * For each record (same order), the stored record it matches now, found with one query
 * for the whole chunk. Throws invalid_input for a record upsertResource would refuse.
 */
export async function prefetchMatches(db: DB, records: ResourceImportRecord[]): Promise<PrefetchedMatch[]> {
	if (records.length === 0) return [];
	const inputs = records.map((record) => validateInput(ResourceInput, record.input));
	const folded = await foldTitles(db, inputs.map((input) => input.title));
	const sourceIdOf = (index: number) => {
		const value = records[index].matchSourceId ? inputs[index].extra?.sourceId : undefined;
		return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
	};
	const candidates = await selectMatchCandidates(db, {
		dois: inputs.map((input) => input.doi?.toLowerCase() ?? '').filter(Boolean),
		urls: inputs.map((input) => input.url ?? '').filter(Boolean),
		foldedTitles: folded,
		sourceIds: records.map((_, index) => sourceIdOf(index)).filter(Boolean)
	});
	return inputs.map((input, index) => {
		const language = languageCodes([input.language])[0];
		const year = input.year ?? null;
		const keys = [titleKey(folded[index], year, language)];
		if (input.doi) keys.push(doiKey(input.doi, language));
		if (input.url) keys.push(urlKey(input.url, language));
		const sourceId = sourceIdOf(index);
		if (sourceId) keys.push(sourceKey(sourceId));

		let match: Candidate | undefined;
		if (sourceId) match = candidates.find((row) => keysOfStored(row).includes(sourceKey(sourceId)));
		for (const key of records[index].matchBy) {
			if (match) break;
			if (key === 'doi' && input.doi) match = candidates.find((row) => row.language === language && row.doi.toLowerCase() === input.doi!.toLowerCase());
			else if (key === 'url' && input.url) match = candidates.find((row) => row.language === language && row.url === input.url);
			else if (key === 'title-year') match = candidates.find((row) => row.language === language && row.folded_title === folded[index] && (row.year ?? null) === year);
		}
		if (!match) return { match: null, keys };
		const { folded_title: _folded, ...row } = match;
		return { match: row as ResourceRow, keys: [...keys, ...keysOfStored(match)] };
	});
}
