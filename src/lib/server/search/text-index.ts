/**
 * An in-memory mirror of PostgreSQL text-search vectors: which records hold each lexeme,
 * and at which word positions, so that a `tsquery` (parsed by the database, which knows
 * the languages' stemmers) can be evaluated over tens of thousands of records in a few
 * milliseconds (docs/decisions/0006-search-side-index.md).
 *
 * The database stays the reference: vectors are read from it as text (`tsvector::text`),
 * and a query this module does not fully understand (prefix or weight markers, which
 * `websearch_to_tsquery` never writes, or a phrase around something else than words)
 * is refused with `null`, and the caller asks the database instead.
 *
 * Records are numbered by the caller (positions 0..size-1, those of its facet table).
 * Sets of records are sorted Int32Arrays of positions.
 */

export interface TextIndex {
	size: number;
	lexemeOf: Map<string, number>;
	/** Lexeme l's postings are records[postingStart[l]..postingStart[l+1]] (ascending record positions). */
	postingStart: Int32Array;
	records: Int32Array;
	/** Number of word positions of each posting; lexeme l's word positions start at words[wordStart[l]]. */
	wordCounts: Uint16Array;
	wordStart: Int32Array;
	words: Uint16Array;
}

/** A typed array that grows by doubling. */
class Growable<T extends Int32Array | Uint16Array> {
	length = 0;
	constructor(private make: (size: number) => T, public data: T = make(1024)) {}
	push(value: number): void {
		if (this.length === this.data.length) {
			const bigger = this.make(this.data.length * 2);
			bigger.set(this.data);
			this.data = bigger;
		}
		this.data[this.length++] = value;
	}
}

/** Accumulates vectors record by record (in ascending position order), then `finish()`. */
export class TextIndexBuilder {
	private lexemeOf = new Map<string, number>();
	private lexemes = new Growable((size) => new Int32Array(size));
	private records = new Growable((size) => new Int32Array(size));
	private counts = new Growable((size) => new Uint16Array(size));
	private words = new Growable((size) => new Uint16Array(size));
	private last = -1;

	/** Adds the vector (its text form) of the record at `position`; positions must ascend. */
	add(position: number, vectorText: string): void {
		if (position <= this.last) throw new Error('text index: positions must ascend');
		this.last = position;
		let count = 0;
		const close = () => {
			if (this.records.length > this.counts.length) this.counts.push(count);
		};
		forEachLexeme(
			vectorText,
			(lexeme) => {
				close();
				let id = this.lexemeOf.get(lexeme);
				if (id === undefined) this.lexemeOf.set(lexeme, (id = this.lexemeOf.size));
				this.lexemes.push(id);
				this.records.push(position);
				count = 0;
			},
			(word) => {
				this.words.push(word);
				count++;
			}
		);
		close();
	}

	/** The index over records 0..size-1. */
	finish(size: number): TextIndex {
		const lexemeCount = this.lexemeOf.size;
		const total = this.records.length;
		const postingStart = new Int32Array(lexemeCount + 1);
		const wordStart = new Int32Array(lexemeCount + 1);
		const lexemes = this.lexemes.data;
		const counts = this.counts.data;
		for (let i = 0; i < total; i++) (postingStart[lexemes[i] + 1]++, (wordStart[lexemes[i] + 1] += counts[i]));
		for (let l = 0; l < lexemeCount; l++) (postingStart[l + 1] += postingStart[l], (wordStart[l + 1] += wordStart[l]));
		const records = new Int32Array(total);
		const wordCounts = new Uint16Array(total);
		const words = new Uint16Array(this.words.length);
		const nextPosting = postingStart.slice(0, lexemeCount);
		const nextWord = wordStart.slice(0, lexemeCount);
		// Postings were added record by record, so each lexeme's stay in ascending record order.
		for (let i = 0, from = 0; i < total; i++) {
			const l = lexemes[i];
			const at = nextPosting[l]++;
			records[at] = this.records.data[i];
			wordCounts[at] = counts[i];
			for (let w = 0, to = nextWord[l]; w < counts[i]; w++) words[to + w] = this.words.data[from + w];
			nextWord[l] += counts[i];
			from += counts[i];
		}
		return { size, lexemeOf: this.lexemeOf, postingStart, records, wordCounts, wordStart, words };
	}
}

/** The records holding lexeme `id`, ascending. */
function postings(index: TextIndex, id: number): Int32Array {
	return index.records.subarray(index.postingStart[id], index.postingStart[id + 1]);
}

/**
 * Walks a `tsvector` in its text form (`'lexeme':1A,5 'other'`): each lexeme, then its
 * word positions (weights dropped: our queries carry none). Quotes inside a lexeme are
 * doubled and backslashes escaped, as PostgreSQL writes them.
 */
function forEachLexeme(text: string, onLexeme: (lexeme: string) => void, onWord: (word: number) => void): void {
	let at = 0;
	while (at < text.length) {
		if (text[at] === ' ') {
			at++;
			continue;
		}
		if (text[at] !== "'") throw new Error(`tsvector: unexpected "${text[at]}" at ${at}`);
		let lexeme: string;
		[lexeme, at] = readQuoted(text, at, 'tsvector');
		onLexeme(lexeme);
		if (text[at] === ':') {
			at++;
			for (;;) {
				let number = 0;
				while (at < text.length && text.charCodeAt(at) >= 48 && text.charCodeAt(at) <= 57) number = number * 10 + text.charCodeAt(at++) - 48;
				onWord(number);
				if (at < text.length && 'ABCD'.includes(text[at])) at++;
				if (text[at] === ',') at++;
				else break;
			}
		}
	}
}

/** The lexemes of a `tsvector` text with their word positions. */
export function parseTsvector(text: string): [string, number[]][] {
	const entries: [string, number[]][] = [];
	forEachLexeme(
		text,
		(lexeme) => entries.push([lexeme, []]),
		(word) => entries[entries.length - 1][1].push(word)
	);
	return entries;
}

/** A parsed tsquery. `phrase`: operands at the given word distances (`a <-> b` is distance 1). */
export type TsQueryNode =
	| { kind: 'lexeme'; lexeme: string }
	| { kind: 'not'; operand: TsQueryNode }
	| { kind: 'and' | 'or'; operands: TsQueryNode[] }
	| { kind: 'phrase'; left: TsQueryNode; right: TsQueryNode; distance: number };

/**
 * Parses the text form of a tsquery as PostgreSQL writes it. Returns null for an empty
 * query, and throws `UnsupportedQuery` for prefix (`:*`) or weight markers.
 */
export function parseTsquery(text: string): TsQueryNode | null {
	const tokens = tokenize(text);
	if (tokens.length === 0) return null;
	let at = 0;
	const peek = () => tokens[at];
	const expect = (value: string) => {
		if (tokens[at] !== value) throw new Error(`tsquery: expected ${value}`);
		at++;
	};
	const parseOr = (): TsQueryNode => {
		const operands = [parseAnd()];
		while (peek() === '|') (at++, operands.push(parseAnd()));
		return operands.length === 1 ? operands[0] : { kind: 'or', operands };
	};
	const parseAnd = (): TsQueryNode => {
		const operands = [parsePhrase()];
		while (peek() === '&') (at++, operands.push(parsePhrase()));
		return operands.length === 1 ? operands[0] : { kind: 'and', operands };
	};
	const parsePhrase = (): TsQueryNode => {
		let left = parseUnary();
		for (;;) {
			const token = peek();
			const distance = typeof token === 'string' ? /^<(-|\d+)>$/.exec(token) : null;
			if (!distance) return left;
			at++;
			left = { kind: 'phrase', left, right: parseUnary(), distance: distance[1] === '-' ? 1 : Number(distance[1]) };
		}
	};
	const parseUnary = (): TsQueryNode => {
		const token = tokens[at++];
		if (token === '!') return { kind: 'not', operand: parseUnary() };
		if (token === '(') {
			const inner = parseOr();
			expect(')');
			return inner;
		}
		if (typeof token === 'object') return { kind: 'lexeme', lexeme: token.lexeme };
		throw new Error(`tsquery: unexpected ${String(token)}`);
	};
	const node = parseOr();
	if (at !== tokens.length) throw new Error('tsquery: trailing input');
	return node;
}

/** The query uses something the index cannot evaluate exactly (prefix or weight markers). */
export class UnsupportedQuery extends Error {}

function tokenize(text: string): (string | { lexeme: string })[] {
	const tokens: (string | { lexeme: string })[] = [];
	let at = 0;
	while (at < text.length) {
		const char = text[at];
		if (char === ' ') {
			at++;
		} else if (char === "'") {
			let lexeme: string;
			[lexeme, at] = readQuoted(text, at, 'tsquery');
			if (text[at] === ':') throw new UnsupportedQuery('prefix or weight marker');
			tokens.push({ lexeme });
		} else if (char === '<') {
			const end = text.indexOf('>', at);
			if (end < 0) throw new Error('tsquery: unterminated distance');
			tokens.push(text.slice(at, end + 1));
			at = end + 1;
		} else if ('()&|!'.includes(char)) {
			tokens.push(char);
			at++;
		} else {
			throw new Error(`tsquery: unexpected "${char}"`);
		}
	}
	return tokens;
}

/** A phrase made only of lexemes: each with its word offset from the first. */
type Chain = { lexeme: string; offset: number }[];

function chainOf(node: TsQueryNode): Chain | null {
	if (node.kind === 'lexeme') return [{ lexeme: node.lexeme, offset: 0 }];
	if (node.kind !== 'phrase') return null;
	const left = chainOf(node.left);
	const right = chainOf(node.right);
	if (!left || !right) return null;
	const width = left[left.length - 1].offset;
	return [...left, ...right.map((entry) => ({ lexeme: entry.lexeme, offset: entry.offset + width + node.distance }))];
}

const EMPTY = new Int32Array(0);

/**
 * Records matching `node`, as `@@` would answer for their vectors. Throws
 * `UnsupportedQuery` for a phrase around anything but words.
 */
export function evaluateTsquery(index: TextIndex, node: TsQueryNode): Int32Array {
	switch (node.kind) {
		case 'lexeme': {
			const id = index.lexemeOf.get(node.lexeme);
			return id === undefined ? EMPTY : postings(index, id);
		}
		case 'or':
			return node.operands.map((operand) => evaluateTsquery(index, operand)).reduce(union);
		case 'and': {
			const positive = node.operands.filter((operand) => operand.kind !== 'not');
			const negative = node.operands.filter((operand): operand is Extract<TsQueryNode, { kind: 'not' }> => operand.kind === 'not');
			let result = positive.length ? positive.map((operand) => evaluateTsquery(index, operand)).sort((a, b) => a.length - b.length).reduce(intersect) : allRecords(index.size);
			for (const operand of negative) result = difference(result, evaluateTsquery(index, operand.operand));
			return result;
		}
		case 'not':
			return difference(allRecords(index.size), evaluateTsquery(index, node.operand));
		case 'phrase': {
			const chain = chainOf(node);
			if (!chain) throw new UnsupportedQuery('phrase around an operator');
			return phraseRecords(index, chain);
		}
	}
}

function phraseRecords(index: TextIndex, chain: Chain): Int32Array {
	const ids = chain.map((entry) => index.lexemeOf.get(entry.lexeme));
	if (ids.some((id) => id === undefined)) return EMPTY;
	const lexemeIds = ids as number[];
	const candidates = lexemeIds.map((id) => postings(index, id)).sort((a, b) => a.length - b.length).reduce(intersect);
	// One cursor per chain entry over its lexeme's postings and word positions; candidates ascend, so cursors only move forward.
	const cursors = lexemeIds.map((id) => ({ posting: index.postingStart[id], end: index.postingStart[id + 1], word: index.wordStart[id] }));
	const found: number[] = [];
	const wordsOf: Uint16Array[] = [];
	for (const record of candidates) {
		cursors.forEach((cursor, i) => {
			while (cursor.posting < cursor.end && index.records[cursor.posting] < record) cursor.word += index.wordCounts[cursor.posting++];
			wordsOf[i] = index.words.subarray(cursor.word, cursor.word + index.wordCounts[cursor.posting]);
		});
		if (phraseAt(chain, wordsOf)) found.push(record);
	}
	return Int32Array.from(found);
}

/** Whether the first lexeme sits at some word w with every other at w + its offset (positions ascend: one forward pass each). */
function phraseAt(chain: Chain, wordsOf: Uint16Array[]): boolean {
	const cursors = new Array<number>(chain.length).fill(0);
	const base = chain[0].offset;
	for (const word of wordsOf[0]) {
		let all = true;
		for (let i = 1; i < chain.length && all; i++) {
			const target = word - base + chain[i].offset;
			const words = wordsOf[i];
			while (cursors[i] < words.length && words[cursors[i]] < target) cursors[i]++;
			all = cursors[i] < words.length && words[cursors[i]] === target;
		}
		if (all) return true;
	}
	return false;
}

function allRecords(size: number): Int32Array {
	const all = new Int32Array(size);
	for (let i = 0; i < size; i++) all[i] = i;
	return all;
}

/** Sorted union of two ascending sets. */
export function union(a: Int32Array, b: Int32Array): Int32Array {
	if (a.length === 0) return b;
	if (b.length === 0) return a;
	const out = new Int32Array(a.length + b.length);
	let i = 0;
	let j = 0;
	let n = 0;
	while (i < a.length && j < b.length) {
		if (a[i] < b[j]) out[n++] = a[i++];
		else if (a[i] > b[j]) out[n++] = b[j++];
		else (out[n++] = a[i++], j++);
	}
	while (i < a.length) out[n++] = a[i++];
	while (j < b.length) out[n++] = b[j++];
	return out.subarray(0, n);
}

/** Sorted intersection of two ascending sets. */
export function intersect(a: Int32Array, b: Int32Array): Int32Array {
	const out = new Int32Array(Math.min(a.length, b.length));
	let i = 0;
	let j = 0;
	let n = 0;
	while (i < a.length && j < b.length) {
		if (a[i] < b[j]) i++;
		else if (a[i] > b[j]) j++;
		else (out[n++] = a[i++], j++);
	}
	return out.subarray(0, n);
}

/** Elements of ascending `a` not in ascending `b`. */
export function difference(a: Int32Array, b: Int32Array): Int32Array {
	const out = new Int32Array(a.length);
	let j = 0;
	let n = 0;
	for (let i = 0; i < a.length; i++) {
		while (j < b.length && b[j] < a[i]) j++;
		if (j >= b.length || b[j] !== a[i]) out[n++] = a[i];
	}
	return out.subarray(0, n);
}

/**
 * The quoted lexeme starting at `text[at]` (a `'`) as PostgreSQL prints it: `''` and `\x`
 * stand for `'` and `x`. Returns the lexeme and the position after the closing quote.
 */
function readQuoted(text: string, at: number, what: 'tsvector' | 'tsquery'): [string, number] {
	let lexeme = '';
	for (at++; ; ) {
		const char = text[at++];
		if (char === undefined) throw new Error(`${what}: unterminated lexeme`);
		if (char === '\\') lexeme += text[at++];
		else if (char === "'") {
			if (text[at] === "'") (lexeme += "'", at++);
			else return [lexeme, at];
		} else lexeme += char;
	}
}
