/**
 * RIS (Zotero, EndNote, Mendeley exports) with citation-js. The file is cut into records
 * here (`TY  -` … `ER  -`) so that each record is read, or rejected, on its own: a
 * record that does not start with a TY line is refused with its line number. Exported
 * values are flattened to one line with single spaces, so no text can form a tag
 * ("ER  - ") of its own.
 */
import { Cite, plugins } from './citation-js';
import { AppError } from '../errors';
import type { CslItem } from './citation-records';
import type { ParsedCitation } from './bibtex';

const TAG_LINE = /^([A-Z][A-Z0-9])  ?-(?: (.*))?$/;

interface RisRecordText {
	line: number;
	lines: string[];
}

/** Cuts a RIS text into records; lines that are not tags continue the previous value. */
export function splitRis(text: string): RisRecordText[] {
	const records: RisRecordText[] = [];
	let current: RisRecordText | null = null;
	text
		.replace(/^\ufeff/, '')
		.split(/\r?\n/)
		.forEach((raw, index) => {
			const line = raw.replace(/\s+$/, '');
			const tag = TAG_LINE.exec(line);
			if (!tag) {
				if (current && line.trim()) current.lines[current.lines.length - 1] += ` ${line.trim()}`;
				return;
			}
			if (!current) current = { line: index + 1, lines: [] };
			current.lines.push(line);
			if (tag[1] === 'ER') {
				records.push(current);
				current = null;
			}
		});
	if (current) records.push(current);
	return records;
}

/** True when a text looks like RIS (a TY tag line near the top). */
export function looksLikeRis(text: string): boolean {
	return /^\s*TY {2}?- /m.test(text.slice(0, 5000));
}

/** Parses a RIS text into one CSL item (or one error) per record. Throws when no record has a TY line. */
export function parseRis(text: string): ParsedCitation[] {
	const records = splitRis(text);
	if (!records.some((record) => record.lines[0]?.startsWith('TY'))) {
		throw new AppError('invalid_input', 'This is not a RIS file: no record starts with a "TY  - " (type) line.');
	}
	return records.map((record) => {
		if (!record.lines[0].startsWith('TY')) {
			return { row: record.line, error: `RIS record without a TY (type) line: it starts with "${record.lines[0].slice(0, 40)}"` };
		}
		const body = record.lines.join('\n') + (record.lines[record.lines.length - 1].startsWith('ER') ? '\n' : '\nER  - \n');
		try {
			const items = plugins.input.chain(body, { forceType: '@ris/file', generateGraph: false }) as CslItem[];
			if (!Array.isArray(items) || items.length !== 1) return { row: record.line, error: 'The RIS record could not be read.' };
			const item = items[0];
			// citation-js gives RIS records a random id; it means nothing and would defeat "re-import changes nothing".
			if (typeof item.id === 'string' && item.id.startsWith('temp_id')) delete item.id;
			return { row: record.line, item };
		} catch (error) {
			return { row: record.line, error: `The RIS record could not be read: ${String((error as Error)?.message ?? error).split('\n')[0]}` };
		}
	});
}

function flatten(value: unknown): unknown {
	if (typeof value === 'string') return value.replace(/\s+/g, ' ').trim();
	if (Array.isArray(value)) return value.map(flatten);
	if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, flatten(inner)]));
	return value;
}

/** CSL items → RIS text (every value on one line; DOI written for every record type). */
export function toRis(items: CslItem[]): string {
	if (items.length === 0) return '';
	const flat = items.map((item) => flatten(item) as CslItem);
	// citation-js wraps values at 70 characters, even inside a word, and its own reader then
	// inserts a space there; every value is one line here, so any line without a tag is a wrap.
	const text = String(new Cite(flat).format('ris', { format: 'text' }))
		.split('\n')
		.reduce((lines: string[], line) => {
			if (lines.length && !TAG_LINE.test(line) && line !== '') lines[lines.length - 1] += line;
			else lines.push(line);
			return lines;
		}, [])
		.join('\n');
	// citation-js writes DO only for some record types; add it where it is missing.
	const records = text.split(/^ER {2}- ?$/m);
	return records
		.slice(0, flat.length)
		.map((record, index) => {
			const doi = flat[index].DOI;
			const body = record.replace(/^\n+/, '');
			return (doi && !/^DO {2}- /m.test(body) ? `${body}DO  - ${doi}\n` : body) + 'ER  - \n';
		})
		.join('');
}
