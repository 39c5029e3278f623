// The synthetic network of the network benchmarks (issue 4): actors in communities of
// power-law sizes, mostly one country each, attached by preferential attachment mostly
// inside their community. Seeded, so every run and every script gets the same network.

/** Seeded random numbers (mulberry32): the same network on every run. */
function random(seed) {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export const COUNTRIES = [['ES', 'europe-central-asia', 'es'], ['DE', 'europe-central-asia', 'de'], ['FR', 'europe-central-asia', 'fr'], ['IT', 'europe-central-asia', 'it'], ['PL', 'europe-central-asia', 'pl'], ['PT', 'europe-central-asia', 'pt'], ['BR', 'americas', 'pt'], ['MX', 'americas', 'es'], ['CO', 'americas', 'es'], ['PE', 'americas', 'es'], ['US', 'americas', 'en'], ['KE', 'africa', 'en'], ['NG', 'africa', 'en'], ['SN', 'africa', 'fr'], ['ZA', 'africa', 'en'], ['EG', 'arab-states', 'ar'], ['JO', 'arab-states', 'ar'], ['IN', 'asia-pacific', 'en'], ['VN', 'asia-pacific', 'vi'], ['PH', 'asia-pacific', 'en']];
const TYPES = ['cluster-organisation', 'firm-sme', 'firm-large', 'vet-provider', 'university', 'rto', 'government', 'employers-organisation', 'workers-organisation', 'ngo', 'network', 'startup'];
const RELATION_TYPES = ['member-of', 'partner-in', 'leads', 'funds', 'mentors', 'collaborates-with'];
const WORDS = ['Skills', 'Cluster', 'Institute', 'Centre', 'Network', 'Alliance', 'Academy', 'Foundation', 'Agency', 'Council', 'Digital', 'Green', 'Industry', 'Training', 'Innovation', 'Technical', 'Regional', 'National'];

/** The synthetic network: `actors` (with their community) and `relations` as [source index, target index, type]. */
export function generateNetwork(ACTORS, RELATIONS) {
	const rand = random(20261125);
	const communities = 60;
	const actors = [];
	for (let index = 0; index < ACTORS; index++) {
		// Community sizes follow a power law, like real sector/region clusters.
		const community = Math.min(communities - 1, Math.floor(communities * Math.pow(rand(), 1.8)));
		const [country, region, language] = rand() < 0.85 ? COUNTRIES[community % COUNTRIES.length] : COUNTRIES[Math.floor(rand() * COUNTRIES.length)];
		actors.push({
			slug: `bench-${index}`,
			name: `${WORDS[Math.floor(rand() * WORDS.length)]} ${WORDS[Math.floor(rand() * WORDS.length)]} ${country} ${index}`,
			type: TYPES[Math.floor(Math.pow(rand(), 1.5) * TYPES.length)],
			country,
			region,
			languages: rand() < 0.5 ? [language, 'en'] : [language],
			categories: [String(1 + Math.floor(rand() * 9))],
			community
		});
	}
	// Preferential attachment: each endpoint is drawn from the list of earlier endpoints
	// (so proportionally to degree) of the same community with probability 0.85.
	const endpointsByCommunity = Array.from({ length: communities }, () => []);
	const allEndpoints = [];
	const seen = new Set();
	const relations = [];
	const perActor = RELATIONS / ACTORS;
	for (let index = 1; index < ACTORS && relations.length < RELATIONS; index++) {
		const own = endpointsByCommunity[actors[index].community];
		const links = Math.max(1, Math.round(perActor * (0.5 + rand())));
		for (let link = 0; link < links && relations.length < RELATIONS; link++) {
			const pool = rand() < 0.85 && own.length > 0 ? own : allEndpoints;
			const target = pool.length > 0 && rand() < 0.9 ? pool[Math.floor(rand() * pool.length)] : Math.floor(rand() * index);
			if (target === index) continue;
			const type = RELATION_TYPES[Math.floor(rand() * RELATION_TYPES.length)];
			const key = `${index}:${target}:${type}`;
			if (seen.has(key)) continue;
			seen.add(key);
			relations.push([index, target, type]);
			own.push(index, target);
			endpointsByCommunity[actors[target].community].push(target);
			allEndpoints.push(index, target);
		}
	}
	return { actors, relations };
}
