/**
 * BibTeX (and BibLaTeX) with citation-js. Entries are read one by one, so a syntax
 * error rejects only its entry, with citation-js's line and column, and the others
 * still import. @string macros apply to every entry; @comment and @preamble are skipped.
 * Exports are written in the BibLaTeX flavour, which keeps abstracts, keywords and the
 * language (Zotero, JabRef and biber read it).
 */
import { Cite, plugins } from './citation-js';
import { AppError } from '../errors';
import type { CslItem } from './citation-records';

export interface BibtexEntryText {
	/** 1-based line where the entry starts. */
	line: number;
	text: string;
}

export interface ParsedCitation {
	row: number;
	item?: CslItem;
	error?: string;
}

const ENTRY_START = /@([a-z]+)\s*[{(]/iy;

/**
 * Cuts a .bib text into entries: an entry starts at an `@word{` outside any entry and
 * ends where its braces close. A line that starts with `@word{` always starts a new
 * entry, so one unclosed entry cannot swallow the rest of the file.
 */
export function splitBibtex(text: string): { entries: BibtexEntryText[]; macros: string } {
	const entries: BibtexEntryText[] = [];
	const macros: string[] = [];
	let line = 1;
	let index = 0;
	// Braces nest inside an entry; an entry opened with "(" ends at the ")" outside braces.
	let current: { start: number; line: number; kind: string; braces: number; parenthesised: boolean } | null = null;
	const finish = (end: number) => {
		if (!current) return;
		const body = text.slice(current.start, end);
		if (current.kind === 'string') macros.push(body);
		else if (current.kind !== 'comment' && current.kind !== 'preamble') entries.push({ line: current.line, text: body });
		current = null;
	};
	while (index < text.length) {
		const char = text[index];
		const atLineStart = index === 0 || text[index - 1] === '\n';
		if (char === '@' && (!current || atLineStart)) {
			ENTRY_START.lastIndex = index;
			const match = ENTRY_START.exec(text);
			if (match) {
				finish(index);
				const parenthesised = match[0].endsWith('(');
				current = { start: index, line, kind: match[1].toLowerCase(), braces: parenthesised ? 0 : 1, parenthesised };
				index += match[0].length;
				continue;
			}
		}
		if (current) {
			if (char === '{') current.braces++;
			else if (char === '}') {
				current.braces--;
				if (current.braces === 0 && !current.parenthesised) finish(index + 1);
			} else if (char === ')' && current.parenthesised && current.braces === 0) finish(index + 1);
		}
		if (char === '\n') line++;
		index++;
	}
	finish(text.length);
	return { entries, macros: macros.join('\n') };
}

/** A citation-js parse error in words a curator can act on. */
function syntaxReason(error: unknown, entry: BibtexEntryText, macroLines: number): string {
	const message = String((error as Error)?.message ?? error);
	const position = /at line (\d+) col (\d+)/.exec(message);
	const expected = /^(expected [^\n]*?) at line/.exec(message);
	if (position) {
		const lineInFile = entry.line + Number(position[1]) - 1 - macroLines;
		return `BibTeX syntax error at line ${lineInFile}, column ${position[2]}${expected ? `: ${expected[1]}` : ''}`;
	}
	return `BibTeX syntax error: ${message.split('\n')[0]}`;
}

/** Parses a .bib text into one CSL item (or one error) per entry. Throws when there is no entry at all. */
export function parseBibtex(text: string): ParsedCitation[] {
	const { entries, macros } = splitBibtex(text);
	if (entries.length === 0) throw new AppError('invalid_input', 'No BibTeX entry was found (entries start with "@article{", "@book{"…).');
	const prefix = macros ? `${macros}\n` : '';
	const macroLines = prefix ? prefix.split('\n').length - 1 : 0;
	return entries.map((entry) => {
		try {
			const items = plugins.input.chain(prefix + entry.text, { forceType: '@biblatex/text', generateGraph: false }) as CslItem[];
			if (!Array.isArray(items) || items.length !== 1) return { row: entry.line, error: 'BibTeX syntax error: the entry could not be read.' };
			return { row: entry.line, item: items[0] };
		} catch (error) {
			return { row: entry.line, error: syntaxReason(error, entry, macroLines) };
		}
	});
}

/** True when a text looks like BibTeX (an entry start near the top). */
export function looksLikeBibtex(text: string): boolean {
	return /^\s*(%[^\n]*\n\s*)*@[a-z]+\s*[{(]/i.test(text.slice(0, 5000)) || /\n@[a-z]+\s*\{[^,\s]*,/i.test(text.slice(0, 5000));
}

/** CSL items → a .bib text (BibLaTeX flavour). */
export function toBibtex(items: CslItem[]): string {
	if (items.length === 0) return '';
	return String(new Cite(items).format('biblatex', { format: 'text' }));
}
