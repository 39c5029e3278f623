// A synthetic skills network for the matchmaking benchmark, grown like the network
// benchmark's (communities mostly inside one country, power-law sizes, preferential
// attachment), but with partnerships drawn from plausible causes, each a separate,
// documented draw:
//   - shared concerns: actors who share skills categories or target groups are likelier
//     to partner (the reason partners give most often);
//   - complementary roles: a cluster organisation or a firm looks for education and
//     government partners (triple helix), VET providers for firms;
//   - place and language: same country most, same region next, a common working
//     language helps;
//   - a sector (aerospace, ICT, agri-food…) that shows only in the description text, in
//     the actor's own language, so text similarity has something real to find;
//   - triadic closure: partners of partners are introduced;
//   - noise: a share of partnerships is drawn at random.
// The countries are the network benchmark's (bench/network-data.mjs). Descriptions are written from vocabulary labels in the actor's language plus sector
// and filler words, so an English and a Spanish actor working on apprenticeships share
// no word but share a concept. Seeded: the same network on every run.
import { concepts } from '../src/lib/server/vocab/index.ts';
import { seededRandom } from '../src/lib/server/network/graph.ts';
import { COUNTRIES } from './network-data.mjs';

/** Seeded random numbers: the same generator as the map's layout seeds. */
export const random = seededRandom;

// The network benchmark's countries (code, ILO region, language); descriptions are
// written in English where that language is not one of our four.
// Types weighted roughly as in the demo network and the ECHE list: many firms, training providers and universities.
const TYPES = [
	['cluster-organisation', 8], ['firm-sme', 20], ['firm-large', 5], ['startup', 4], ['vet-provider', 14], ['university', 12], ['rto', 6],
	['government', 8], ['employers-organisation', 5], ['workers-organisation', 3], ['ngo', 8], ['network', 4], ['international-organisation', 3]
];
const HELIX = { 'cluster-organisation': 'other', 'firm-sme': 'industry', 'firm-large': 'industry', startup: 'industry', 'vet-provider': 'education', university: 'education', rto: 'education', government: 'government', 'employers-organisation': 'industry', 'workers-organisation': 'other', ngo: 'other', network: 'other', 'international-organisation': 'other' };
// Sector words per language: a sector is visible only through the description.
const SECTORS = [
	{ en: ['aerospace', 'aircraft', 'avionics'], es: ['aeroespacial', 'aeronáutica', 'aviónica'], fr: ['aéronautique', 'aérospatial', 'avionique'], pt: ['aeroespacial', 'aeronáutica', 'aviónica'] },
	{ en: ['software', 'cloud', 'cybersecurity'], es: ['software', 'nube', 'ciberseguridad'], fr: ['logiciel', 'nuage', 'cybersécurité'], pt: ['software', 'nuvem', 'cibersegurança'] },
	{ en: ['agri-food', 'farming', 'dairy'], es: ['agroalimentario', 'agricultura', 'lácteos'], fr: ['agroalimentaire', 'agriculture', 'laitier'], pt: ['agroalimentar', 'agricultura', 'laticínios'] },
	{ en: ['tourism', 'hospitality', 'hotels'], es: ['turismo', 'hostelería', 'hoteles'], fr: ['tourisme', 'hôtellerie', 'hôtels'], pt: ['turismo', 'hotelaria', 'hotéis'] },
	{ en: ['automotive', 'vehicles', 'mobility'], es: ['automoción', 'vehículos', 'movilidad'], fr: ['automobile', 'véhicules', 'mobilité'], pt: ['automóvel', 'veículos', 'mobilidade'] },
	{ en: ['textiles', 'garments', 'fashion'], es: ['textil', 'confección', 'moda'], fr: ['textile', 'confection', 'mode'], pt: ['têxtil', 'confeção', 'moda'] },
	{ en: ['construction', 'buildings', 'housing'], es: ['construcción', 'edificación', 'vivienda'], fr: ['construction', 'bâtiment', 'logement'], pt: ['construção', 'edificação', 'habitação'] },
	{ en: ['renewables', 'solar', 'wind'], es: ['renovables', 'solar', 'eólica'], fr: ['renouvelables', 'solaire', 'éolien'], pt: ['renováveis', 'solar', 'eólica'] },
	{ en: ['healthcare', 'nursing', 'hospitals'], es: ['sanidad', 'enfermería', 'hospitales'], fr: ['santé', 'soins infirmiers', 'hôpitaux'], pt: ['saúde', 'enfermagem', 'hospitais'] },
	{ en: ['logistics', 'ports', 'shipping'], es: ['logística', 'puertos', 'transporte marítimo'], fr: ['logistique', 'ports', 'transport maritime'], pt: ['logística', 'portos', 'transporte marítimo'] }
];
const FILLER = {
	en: ['programme', 'regional', 'companies', 'network', 'support', 'quality', 'projects', 'services', 'workers', 'innovation', 'local', 'partners'],
	es: ['programa', 'regional', 'empresas', 'red', 'apoyo', 'calidad', 'proyectos', 'servicios', 'trabajadores', 'innovación', 'local', 'socios'],
	fr: ['programme', 'régional', 'entreprises', 'réseau', 'soutien', 'qualité', 'projets', 'services', 'travailleurs', 'innovation', 'local', 'partenaires'],
	pt: ['programa', 'regional', 'empresas', 'rede', 'apoio', 'qualidade', 'projetos', 'serviços', 'trabalhadores', 'inovação', 'local', 'parceiros']
};

function pick(rand, list) {
	return list[Math.floor(rand() * list.length)];
}
function weightedType(rand) {
	const total = TYPES.reduce((sum, [, weight]) => sum + weight, 0);
	let draw = rand() * total;
	for (const [type, weight] of TYPES) if ((draw -= weight) < 0) return type;
	return TYPES[0][0];
}
/** Zipf-like: small indexes much likelier. */
function zipf(rand, size, exponent = 1.1) {
	return Math.min(size - 1, Math.floor(Math.pow(rand(), exponent + 1) * size));
}
function phrase(rand, concept, language) {
	const options = [concept.labels[language], ...(concept.altLabels?.[language] ?? [])];
	return pick(rand, options);
}

/** The partnership affinity of two actors: the plausible causes above, as one weight. */
function affinity(a, b, commonPartners) {
	const shared = a.categories.filter((code) => b.categories.includes(code)).length;
	const sharedGroups = a.targetGroups.filter((code) => b.targetGroups.includes(code)).length;
	let weight = Math.exp(1.1 * shared + 0.5 * sharedGroups);
	const ha = HELIX[a.type];
	const hb = HELIX[b.type];
	if (ha !== hb && ha !== 'other' && hb !== 'other') weight *= 2.2;
	if ((a.type === 'cluster-organisation' && hb !== 'other') || (b.type === 'cluster-organisation' && ha !== 'other')) weight *= 1.8;
	if (a.country === b.country) weight *= 3;
	else if (a.region === b.region) weight *= 1.6;
	if (a.languages.some((language) => b.languages.includes(language))) weight *= 1.5;
	if (a.sector === b.sector) weight *= 4;
	weight *= 1 + 2.5 * Math.min(3, commonPartners);
	return weight;
}

/**
 * Generates `size` actors and about `size * perActor` partnerships (undirected, as
 * pairs of indexes) among them.
 */
export function generateMatchingNetwork({ size = 3000, perActor = 3, seed = 20261125, noise = 0.2 } = {}) {
	const rand = random(seed);
	const categories = concepts('skills-category');
	const groups = concepts('target-group');
	const communities = Math.max(4, Math.round(size / 60));
	const actors = [];
	for (let index = 0; index < size; index++) {
		const community = Math.min(communities - 1, Math.floor(communities * Math.pow(rand(), 1.8)));
		const [country, region, ownLanguage] = rand() < 0.85 ? COUNTRIES[community % COUNTRIES.length] : pick(rand, COUNTRIES);
		const language = ['en', 'es', 'fr', 'pt'].includes(ownLanguage) ? ownLanguage : 'en';
		const categoryCount = 1 + Math.floor(rand() * 3);
		const actorCategories = [...new Set(Array.from({ length: categoryCount }, () => categories[zipf(rand, categories.length, 0.6)]))];
		const actorGroups = [...new Set(Array.from({ length: Math.floor(rand() * 3) }, () => groups[zipf(rand, groups.length, 0.8)]))];
		const sector = (community * 7 + (rand() < 0.8 ? 0 : Math.floor(rand() * SECTORS.length))) % SECTORS.length;
		const words = [
			...actorCategories.map((concept) => phrase(rand, concept, language)),
			...actorGroups.map((concept) => phrase(rand, concept, language)),
			...Array.from({ length: 2 }, () => pick(rand, SECTORS[sector][language])),
			...Array.from({ length: 4 }, () => FILLER[language][zipf(rand, FILLER[language].length)])
		];
		// Some actors say very little about themselves, as in real directories.
		const sparse = rand() < 0.1;
		actors.push({
			id: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
			slug: `match-bench-${index}`,
			name: `Actor ${index} ${country}`,
			type: weightedType(rand),
			country,
			region,
			languages: rand() < 0.5 && language !== 'en' ? [language, 'en'] : [language],
			categories: sparse ? [] : actorCategories.map((concept) => concept.code),
			targetGroups: sparse ? [] : actorGroups.map((concept) => concept.code),
			mentoringCategories: rand() < 0.05 ? actorCategories.map((concept) => concept.code) : [],
			description: sparse ? {} : { [language]: words.sort(() => rand() - 0.5).join(' ') },
			sector,
			community,
			updatedAt: new Date(Date.parse('2026-11-25') - Math.floor(rand() * 900) * 86_400_000)
		});
	}

	// Partnerships: each actor in turn makes a few; candidates are a random sample plus
	// the partners of its partners (who can introduce), chosen by affinity.
	const neighbours = actors.map(() => new Set());
	const pairs = [];
	const target = Math.round(size * perActor);
	for (let round = 0; pairs.length < target && round < 10; round++) {
		for (let index = 0; index < size && pairs.length < target; index++) {
			const actor = actors[index];
			if (rand() < 0.5) continue;
			let chosen;
			if (rand() < noise) chosen = Math.floor(rand() * size);
			else {
				const pool = new Set();
				for (let draw = 0; draw < 60; draw++) pool.add(Math.floor(rand() * size));
				for (const partner of neighbours[index]) for (const other of neighbours[partner]) pool.add(other);
				const options = [...pool].filter((other) => other !== index && !neighbours[index].has(other));
				const weights = options.map((other) => {
					let common = 0;
					for (const partner of neighbours[index]) if (neighbours[other].has(partner)) common++;
					return affinity(actor, actors[other], common);
				});
				let draw = rand() * weights.reduce((sum, weight) => sum + weight, 0);
				chosen = options[options.length - 1];
				for (let at = 0; at < options.length; at++) if ((draw -= weights[at]) < 0) { chosen = options[at]; break; }
			}
			if (chosen === undefined || chosen === index || neighbours[index].has(chosen)) continue;
			neighbours[index].add(chosen);
			neighbours[chosen].add(index);
			pairs.push([index, chosen]);
		}
	}
	return { actors, pairs };
}

/** An actor of the generator in the shape the match index reads. */
export function toCandidate(actor) {
	return {
		id: actor.id,
		slug: actor.slug,
		name: actor.name,
		type: actor.type,
		country: actor.country,
		region: actor.region,
		languages: actor.languages,
		categories: actor.categories,
		targetGroups: actor.targetGroups,
		mentoringCategories: actor.mentoringCategories,
		texts: Object.values(actor.description),
		updatedAt: actor.updatedAt
	};
}
