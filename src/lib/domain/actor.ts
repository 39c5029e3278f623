/**
 * Input shapes of the network: organisations (actors) and the typed relations between
 * them. Importers, the API and the demo loader all validate through these schemas.
 *
 * Every field except `name` and `type` is optional: on update an absent field keeps the
 * stored value (an import of a spreadsheet without descriptions does not wipe them), on
 * create it takes the column's default. Vocabulary codes are checked by the service
 * against the vocab module; here only their shape is checked.
 */
import { z } from 'zod';

/** ISO 3166-1 alpha-2 (upper case; EL and XK pass here, the service maps them). */
export const CountryCode = z
	.string()
	.trim()
	.transform((value) => value.toUpperCase())
	.pipe(z.string().regex(/^[A-Z]{2}$/, 'a two-letter ISO 3166 country code'));

/** BCP 47 language tag, kept short: "en", "pt", "pt-BR". */
export const LanguageCode = z
	.string()
	.trim()
	.regex(/^[a-zA-Z]{2,3}(-[A-Za-z0-9]{2,8})?$/, 'a language code such as en, es, fr or pt');

/** A controlled-vocabulary code ("1", "vet-provider", "youth"). */
export const VocabCode = z.string().trim().min(1).max(64);

const uniqueList = <T extends z.ZodType<string>>(item: T, max: number) =>
	z
		.array(item)
		.max(max)
		.transform((values) => [...new Set(values as string[])]);

/** Text per language: {"en": "…", "fr": "…"}. Empty texts are dropped. */
export const LocalizedText = (maxLength: number) =>
	z
		.record(LanguageCode, z.string().trim().max(maxLength))
		.refine((value) => Object.keys(value).length <= 20, 'at most 20 languages')
		.transform((value) => Object.fromEntries(Object.entries(value).filter(([, text]) => text.length > 0)));

/** http(s) address or empty; a bare domain ("www.idia.es/cursos") gets https:// in front. */
export const WebAddress = z
	.string()
	.trim()
	.max(500)
	.transform((value) => (/^[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}(\/\S*)?$/i.test(value) ? `https://${value}` : value))
	.refine((value) => value === '' || /^https?:\/\/[^\s]+$/i.test(value), 'an http:// or https:// address');

const year = z.number().int().min(1000).max(2100);

export const ContactInput = z.object({
	name: z.string().trim().max(200).optional(),
	email: z.union([z.literal(''), z.email().max(254)]).optional(),
	phone: z.string().trim().max(50).optional(),
	role: z.string().trim().max(200).optional()
});

/** Shares of a cluster's members on each side of the triple helix (plus "other"). */
export const HelixInput = z.object({
	industry: z.number().min(0).max(1_000_000).default(0),
	education: z.number().min(0).max(1_000_000).default(0),
	government: z.number().min(0).max(1_000_000).default(0),
	other: z.number().min(0).max(1_000_000).default(0)
});

export const ACTOR_STATUSES = ['draft', 'published'] as const;

/** One organisation (or individual innovator) of the network. */
export const ActorInput = z.object({
	name: z.string().trim().min(1, 'a name is required').max(300),
	type: VocabCode,
	otherNames: uniqueList(z.string().trim().min(1).max(300), 30).optional(),
	country: CountryCode.nullable().optional(),
	/** ILO region code; filled from the country when one is given. */
	region: VocabCode.nullable().optional(),
	city: z.string().trim().max(200).optional(),
	latitude: z.number().min(-90).max(90).nullable().optional(),
	longitude: z.number().min(-180).max(180).nullable().optional(),
	languages: uniqueList(LanguageCode, 30).optional(),
	categories: uniqueList(VocabCode, 20).optional(),
	targetGroups: uniqueList(VocabCode, 30).optional(),
	sectors: uniqueList(z.string().trim().min(1).max(200), 30).optional(),
	description: LocalizedText(10_000).optional(),
	website: WebAddress.optional(),
	/** Ids of this actor in other systems: {"kumu": "elem-12", "erasmus": "E10208863"}. */
	externalIds: z.record(z.string().trim().min(1).max(64), z.string().trim().min(1).max(300)).optional(),
	contact: ContactInput.nullable().optional(),
	contactPublic: z.boolean().optional(),
	size: z.string().trim().max(50).nullable().optional(),
	foundedYear: year.nullable().optional(),
	memberCount: z.number().int().min(0).max(100_000_000).nullable().optional(),
	helix: HelixInput.nullable().optional(),
	/** Attributes without a column of their own (unknown import columns land here). */
	extra: z.record(z.string().max(100), z.unknown()).optional(),
	status: z.enum(ACTOR_STATUSES).optional()
});
export type ActorInput = z.output<typeof ActorInput>;
/** What a caller may write before validation (defaults and transforms not applied). */
export type ActorInputData = z.input<typeof ActorInput>;

export const RELATION_TYPES = ['member-of', 'partner-in', 'leads', 'funds', 'mentors', 'collaborates-with'] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/**
 * A typed, directed link between two actors. `from` and `to` are actor references as the
 * source knows them (an id, a slug, an external id or a name); the caller resolves them.
 */
export const RelationInput = z
	.object({
		from: z.string().trim().min(1).max(300),
		to: z.string().trim().min(1).max(300),
		type: z.enum(RELATION_TYPES),
		label: z.string().trim().max(300).optional(),
		description: z.string().trim().max(5000).optional(),
		startYear: year.nullable().optional(),
		endYear: year.nullable().optional()
	})
	.refine((value) => value.from !== value.to, { message: 'a relation needs two different actors', path: ['to'] })
	.refine((value) => value.startYear == null || value.endYear == null || value.endYear >= value.startYear, {
		message: 'the end year comes before the start year',
		path: ['endYear']
	});
export type RelationInput = z.output<typeof RelationInput>;
export type RelationInputData = z.input<typeof RelationInput>;
