/**
 * Text normalisation and string distance used to match user input against vocabulary
 * labels in any language.
 */

// British and American spellings of words that occur in our labels fold to one form.
const SPELLING_VARIANTS: Record<string, string> = {
	organization: 'organisation',
	organizations: 'organisations',
	labor: 'labour',
	center: 'centre',
	centers: 'centres',
	program: 'programme',
	programs: 'programmes',
	counseling: 'counselling',
	analyze: 'analyse'
};

/**
 * Lower case, without accents, punctuation turned into single spaces, trimmed:
 * "  Formación-DUAL " and "formacion dual" give the same key.
 */
export function normalizeText(input: string): string {
	const folded = input
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/ß/g, 'ss')
		.replace(/œ/g, 'oe')
		.replace(/æ/g, 'ae')
		.replace(/ø/g, 'o')
		.replace(/ł/g, 'l')
		.replace(/đ/g, 'd')
		.replace(/ı/g, 'i');
	return folded
		.split(/[^\p{L}\p{N}]+/u)
		.filter((token) => token.length > 0)
		.map((token) => SPELLING_VARIANTS[token] ?? token)
		.join(' ');
}

/** The words of a text after normalisation. */
export function normalizedTokens(input: string): string[] {
	const normalized = normalizeText(input);
	return normalized ? normalized.split(' ') : [];
}

/**
 * A rough singular of a normalised word, good enough to let "pasantías" meet "pasantía",
 * "jóvenes" meet "joven" and "courses" meet "course" in English, Spanish, French and
 * Portuguese. Both sides of a comparison must go through it.
 */
export function looseToken(token: string): string {
	let stem = token;
	if (stem.length >= 4 && stem.endsWith('s') && !stem.endsWith('ss')) stem = stem.slice(0, -1);
	// Dropping every final "e" makes "jóvenes"/"joven", "courses"/"course", "refugees"/"refugee" meet.
	while (stem.length >= 4 && stem.endsWith('e')) stem = stem.slice(0, -1);
	return stem;
}

/** The loose form of a whole normalised text. */
export function looseKey(normalized: string): string {
	return normalized ? normalized.split(' ').map(looseToken).join(' ') : '';
}

/** Levenshtein edit distance between two strings (insert, delete, substitute). */
export function editDistance(a: string, b: string): number {
	if (a === b) return 0;
	if (a.length === 0) return b.length;
	if (b.length === 0) return a.length;
	let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
	let current = new Array<number>(b.length + 1);
	for (let i = 1; i <= a.length; i++) {
		current[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
		}
		[previous, current] = [current, previous];
	}
	return previous[b.length];
}

/** 1 for identical strings, 0 for nothing in common, by edit distance over the longer length. */
export function similarity(a: string, b: string): number {
	const longest = Math.max(a.length, b.length);
	if (longest === 0) return 1;
	return 1 - editDistance(a, b) / longest;
}
