/**
 * Input shape of a knowledge record (publication, case study, tool, course…). One record
 * is one language version; versions of the same work share a `workKey`.
 *
 * As for actors, fields other than title, language and type are optional so that an
 * update from a poorer source keeps what is stored.
 */
import { z } from 'zod';
import { CountryCode, LanguageCode, VocabCode, WebAddress } from './actor';

export const RESOURCE_STATUSES = ['draft', 'submitted', 'changes_requested', 'published', 'rejected'] as const;
export type ResourceStatus = (typeof RESOURCE_STATUSES)[number];

const list = <T extends z.ZodType<string>>(item: T, max: number) =>
	z
		.array(item)
		.max(max)
		.transform((values) => [...new Set(values as string[])]);

/**
 * A DOI as "10.prefix/suffix": a resolver address or "doi:" in front is removed, and the
 * case is folded (DOIs are case-insensitive), so two spellings of one DOI compare equal.
 */
export const Doi = z
	.string()
	.trim()
	.transform((value) =>
		value
			.replace(/^https?:\/\/(dx\.)?doi\.org\//i, '')
			.replace(/^doi:\s*/i, '')
			.toLowerCase()
	)
	.pipe(z.string().max(300).regex(/^$|^10\.\d{4,9}\/\S+$/, 'a DOI such as 10.1234/abcd'));

export const ResourceInput = z.object({
	title: z.string().trim().min(1, 'a title is required').max(500),
	/** Markdown. */
	abstract: z.string().trim().max(20_000).optional(),
	language: LanguageCode,
	type: VocabCode,
	categories: list(VocabCode, 20).optional(),
	/** Subject headings as the source gives them ("Lifelong learning"). */
	topics: list(z.string().trim().min(1).max(200), 30).optional(),
	targetGroups: list(VocabCode, 30).optional(),
	countries: list(CountryCode, 250).optional(),
	/** Publisher as written on the record. */
	publisher: z.string().trim().max(300).optional(),
	/** Slug of the publishing organisation when it is an actor of the network. */
	publisherActor: z.string().trim().min(1).max(300).nullable().optional(),
	authors: list(z.string().trim().min(1).max(300), 100).optional(),
	year: z.number().int().min(1000).max(2100).nullable().optional(),
	url: WebAddress.optional(),
	doi: Doi.optional(),
	licence: z.string().trim().max(200).optional(),
	status: z.enum(RESOURCE_STATUSES).optional(),
	/** Any stable text shared by the language versions of one work. */
	workKey: z.string().trim().min(1).max(200).optional(),
	extra: z.record(z.string().max(100), z.unknown()).optional()
});
export type ResourceInput = z.output<typeof ResourceInput>;
export type ResourceInputData = z.input<typeof ResourceInput>;
