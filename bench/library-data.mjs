// Generator of realistic multilingual knowledge records for bench/library-search.mjs.
// Four languages (en 40 %, es 25 %, fr 20 %, pt 15 %); words drawn with a Zipf law from a
// vocabulary per language whose head is the real wording of the demo library (stop words
// included, as in real text) and whose tail is made-up words; titles and abstracts carry
// the labels of the record's skills categories, target groups and type in its language,
// as real records do. Seeded: the same size gives the same records.
import { randomUUID } from 'node:crypto';

/** Small fast seeded PRNG (mulberry32). */
export function seededRandom(seed) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Draws ranks 0…n-1 with probability ∝ 1/(rank+1)^s, by inverse transform over a cumulative table. */
export function zipfSampler(n, s, random) {
	const cumulative = new Float64Array(n);
	let sum = 0;
	for (let rank = 0; rank < n; rank++) cumulative[rank] = sum += 1 / Math.pow(rank + 1, s);
	return () => {
		const target = random() * sum;
		let low = 0;
		let high = n - 1;
		while (low < high) {
			const middle = (low + high) >> 1;
			if (cumulative[middle] < target) low = middle + 1;
			else high = middle;
		}
		return low;
	};
}

const LANGUAGES = [
	{ code: 'en', share: 0.4, syllables: ['ta', 'ri', 'son', 'ber', 'ing', 'lo', 'mar', 'ket', 'ston', 'ley', 'work', 'fi'] },
	{ code: 'es', share: 0.25, syllables: ['ca', 'ri', 'lla', 'ción', 'mo', 'te', 'rra', 'do', 'gue', 'ña', 'pe', 'so'] },
	{ code: 'fr', share: 0.2, syllables: ['ti', 'on', 'eau', 'lle', 'ment', 'ré', 'ou', 'che', 'vi', 'gne', 'pa', 'teur'] },
	{ code: 'pt', share: 0.15, syllables: ['ção', 'lho', 'nha', 'ma', 'ri', 'ões', 'do', 'te', 'ca', 'vo', 'pe', 'ão'] }
];

const VOCABULARY_SIZE = 20_000;

function tokenize(text) {
	return text
		.toLowerCase()
		.replace(/[#*_`>()[\]]/g, ' ')
		.split(/[^\p{L}\p{N}’'-]+/u)
		.map((word) => word.replace(/^[-’']+|[-’']+$/g, ''))
		.filter((word) => word.length > 0 && !/^\d+$/.test(word));
}

/**
 * One vocabulary per language: words of the demo records of that language by frequency,
 * then made-up words up to VOCABULARY_SIZE.
 */
export function buildVocabularies(demoResources, random) {
	const vocabularies = {};
	for (const language of LANGUAGES) {
		const counts = new Map();
		for (const record of demoResources.filter((resource) => resource.language === language.code)) {
			for (const word of tokenize(`${record.title} ${record.abstract ?? ''}`)) counts.set(word, (counts.get(word) ?? 0) + 1);
		}
		const words = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([word]) => word);
		const seen = new Set(words);
		while (words.length < VOCABULARY_SIZE) {
			const length = 2 + Math.floor(random() * 3);
			let word = '';
			for (let i = 0; i < length; i++) word += language.syllables[Math.floor(random() * language.syllables.length)];
			if (!seen.has(word)) {
				seen.add(word);
				words.push(word);
			}
		}
		vocabularies[language.code] = words;
	}
	return vocabularies;
}

function pick(list, random) {
	return list[Math.floor(random() * list.length)];
}

function pickSome(list, min, max, random, draw = () => Math.floor(random() * list.length)) {
	const count = min + Math.floor(random() * (max - min + 1));
	const chosen = new Set();
	for (let tries = 0; chosen.size < count && tries < count * 10; tries++) chosen.add(list[draw()]);
	return [...chosen];
}

/**
 * A record generator. `vocab` gives the concepts of the vocabularies (from src/lib/server/vocab),
 * `demoResources` the demo library. Returns { next(index) → a row for the resource table,
 * rankOf(language, word) → the word's Zipf rank or -1 }.
 */
export function recordGenerator({ vocab, demoResources, seed = 42 }) {
	const random = seededRandom(seed);
	const vocabularies = buildVocabularies(demoResources, random);
	const wordRank = zipfSampler(VOCABULARY_SIZE, 1.0, random);
	const categories = vocab.concepts('skills-category');
	const targetGroups = vocab.concepts('target-group');
	const types = vocab.concepts('resource-type');
	const countries = vocab.concepts('country').filter((country) => country.extra?.iloRegion);
	const countryRank = zipfSampler(countries.length, 0.8, random);
	const typeRank = zipfSampler(types.length, 0.7, random);
	const publishers = Array.from({ length: 400 }, (_, i) => `${pick(['Institute', 'Observatory', 'Centre', 'Agency', 'Council', 'Foundation', 'Network'], random)} ${vocabularies.en[200 + i]} ${i}`);
	const publisherRank = zipfSampler(publishers.length, 1.0, random);
	const people = Array.from({ length: 2000 }, (_, i) => `${pick(['Ana', 'João', 'Marie', 'James', 'Lucía', 'Amadou', 'Fatima', 'Pedro', 'Claire', 'Kofi'], random)} ${vocabularies.pt[300 + i].replace(/^./, (c) => c.toUpperCase())}`);
	const works = [];

	const words = (language, count) => {
		const list = vocabularies[language];
		const out = [];
		for (let i = 0; i < count; i++) out.push(list[wordRank()]);
		return out;
	};
	const conceptText = (concept, language) => {
		const options = [concept.labels[language], ...(concept.altLabels?.[language] ?? [])];
		return pick(options, random).toLowerCase();
	};
	const sentence = (language, phrases) => {
		const parts = words(language, 8 + Math.floor(random() * 12));
		if (phrases.length && random() < 0.5) parts.splice(Math.floor(random() * parts.length), 0, pick(phrases, random));
		const text = parts.join(' ');
		return text.charAt(0).toUpperCase() + text.slice(1) + '.';
	};

	const next = (index) => {
		const draw = random();
		let cumulative = 0;
		const language = LANGUAGES.find((entry) => (cumulative += entry.share) >= draw)?.code ?? 'en';
		const recordCategories = pickSome(categories, 1, 3, random);
		const recordGroups = pickSome(targetGroups, 0, 2, random);
		const type = types[typeRank()];
		const phrases = [...recordCategories, ...recordGroups, type].map((concept) => conceptText(concept, language));
		const titleWords = words(language, 4 + Math.floor(random() * 7));
		if (random() < 0.6) titleWords.splice(Math.floor(random() * titleWords.length), 0, pick(phrases, random));
		const title = titleWords.join(' ').replace(/^./, (c) => c.toUpperCase());
		const sentences = [];
		for (let i = 0, n = 4 + Math.floor(random() * 8); i < n; i++) sentences.push(sentence(language, phrases));
		const recordCountries = pickSome(countries, 1, 3, random, countryRank);
		const regions = [...new Set(recordCountries.map((country) => country.extra.iloRegion))].sort();
		// One record in ten is another language version of an earlier work.
		const workId = works.length > 0 && random() < 0.1 ? pick(works, random) : randomUUID();
		if (works.length < 50_000) works.push(workId);
		const year = 2025 - Math.floor(Math.pow(random(), 2) * 35);
		return {
			id: randomUUID(),
			work_id: workId,
			slug: `bench-${index}`,
			status: random() < 0.97 ? 'published' : 'draft',
			title,
			abstract: sentences.join(' '),
			language,
			type: type.code,
			categories: recordCategories.map((concept) => concept.code),
			topics: [],
			target_groups: recordGroups.map((concept) => concept.code),
			countries: recordCountries.map((country) => country.code),
			regions,
			publisher_name: publishers[publisherRank()],
			authors: pickSome(people, 0, 3, random),
			year,
			published_at: new Date(Date.UTC(year, Math.floor(random() * 12), 1 + Math.floor(random() * 28))).toISOString(),
			extra: {}
		};
	};
	const rankOf = (language, word) => vocabularies[language].indexOf(word);
	return { next, rankOf };
}
