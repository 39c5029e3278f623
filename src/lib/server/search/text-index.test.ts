import { describe, expect, it } from 'vitest';
import { evaluateTsquery, parseTsquery, parseTsvector, TextIndexBuilder, UnsupportedQuery, difference, intersect, union } from './text-index';

describe('text index', () => {
	it('reads the tsvector text form: quotes doubled, backslashes escaped, weights dropped, lexemes without positions', () => {
		expect(parseTsvector(`'don''t':3B 'a\\\\b':1A,12 'plain' 'x':7C,8D`)).toEqual([
			["don't", [3]],
			['a\\b', [1, 12]],
			['plain', []],
			['x', [7, 8]]
		]);
		expect(() => parseTsvector('oops')).toThrow(/unexpected/);
	});

	it('parses tsqueries with the precedence PostgreSQL writes them in', () => {
		expect(parseTsquery(`'a' | 'b' & !'c' <-> 'd'`)).toEqual({
			kind: 'or',
			operands: [
				{ kind: 'lexeme', lexeme: 'a' },
				{ kind: 'and', operands: [{ kind: 'lexeme', lexeme: 'b' }, { kind: 'phrase', left: { kind: 'not', operand: { kind: 'lexeme', lexeme: 'c' } }, right: { kind: 'lexeme', lexeme: 'd' }, distance: 1 }] }
			]
		});
		expect(parseTsquery(`( 'a' | 'b' ) & 'c' <3> 'd'`)).toMatchObject({ kind: 'and', operands: [{ kind: 'or' }, { kind: 'phrase', distance: 3 }] });
		expect(parseTsquery('')).toBeNull();
		expect(() => parseTsquery(`'a':*`)).toThrow(UnsupportedQuery);
		expect(() => parseTsquery(`'a':AB`)).toThrow(UnsupportedQuery);
	});

	const builder = new TextIndexBuilder();
	builder.add(0, `'skill':1 'develop':2`);
	builder.add(1, `'develop':1 'skill':3`);
	builder.add(3, `'skill':4,9 'x':5 'develop':11`);
	const index = builder.finish(4);
	const run = (query: string) => [...evaluateTsquery(index, parseTsquery(query)!)];

	it('evaluates words, and, or, not and phrases with distances over the records', () => {
		expect(run(`'skill'`)).toEqual([0, 1, 3]);
		expect(run(`'skill' & 'x'`)).toEqual([3]);
		expect(run(`'x' | 'develop'`)).toEqual([0, 1, 3]);
		expect(run(`'skill' & !'x'`)).toEqual([0, 1]);
		expect(run(`!'skill'`)).toEqual([2]);
		expect(run(`'skill' <-> 'develop'`)).toEqual([0]);
		expect(run(`'develop' <2> 'skill'`)).toEqual([1]);
		expect(run(`'skill' <2> 'develop'`)).toEqual([3]);
		expect(run(`'skill' <-> 'x' <-> 'develop'`)).toEqual([]);
		expect(run(`'skill' <-> 'x' <6> 'develop'`)).toEqual([3]);
		expect(run(`'nothing' | 'skill' <-> 'develop'`)).toEqual([0]);
		expect(() => run(`'skill' <-> ( 'x' | 'develop' )`)).toThrow(UnsupportedQuery);
		const repeated = new TextIndexBuilder();
		repeated.add(0, `'a':1,3,5,20 'b':7,9,10 'c':12`);
		const within = repeated.finish(1);
		const phrase = (query: string) => [...evaluateTsquery(within, parseTsquery(query)!)];
		expect(phrase(`'a' <4> 'b'`)).toEqual([0]); // 5 → 9
		expect(phrase(`'a' <2> 'b'`)).toEqual([0]); // 5 → 7
		expect(phrase(`'a' <3> 'b'`)).toEqual([]);
		expect(phrase(`'a' <4> 'b' <3> 'c'`)).toEqual([0]); // 5 → 9 → 12
		expect(phrase(`'a' <4> 'b' <4> 'c'`)).toEqual([]);
		expect(phrase(`'a' <2> 'b' <3> 'c'`)).toEqual([]); // 5 → 7 → 10: no 'c' there
		expect(phrase(`'a' <5> 'b' <2> 'c'`)).toEqual([0]); // 5 → 10 → 12
	});

	it('combines sorted sets', () => {
		const set = (...values: number[]) => Int32Array.from(values);
		expect([...union(set(1, 3, 5), set(2, 3, 6))]).toEqual([1, 2, 3, 5, 6]);
		expect([...intersect(set(1, 3, 5), set(2, 3, 5))]).toEqual([3, 5]);
		expect([...difference(set(1, 3, 5), set(3))]).toEqual([1, 5]);
	});
});
