/** Schemas and OpenAPI descriptions of the matchmaking endpoints, and their JSON shape. */
import { z } from 'zod';
import type { EndpointDoc } from '../api/endpoint-doc';
import { ApiActorSchema } from '../network/api-docs';
import { pickApiActor } from '../network/present';
import { MATCH_SCOPES, MatchOptions, type MatchList } from './service';
import { SIGNALS } from './weights';

const ReasonSchema = z.object({
	code: z.string().meta({
		description:
			'stable code: shared_category, shared_target_group, complementary_role, wanted_type, common_language, same_country, same_region, other_country, similar_description, introduction_via, offers_mentoring, recently_active, little_data, weak_match (notes: little_data, scope_ignored)'
	}),
	text: z.string().meta({ description: 'the reason in the requested language' })
});

export const MatchListResponse = z.object({
	items: z.array(
		z.object({
			actor: ApiActorSchema.extend({ slug: z.string() }),
			score: z.number().min(0).max(1).meta({ description: 'weighted mean of the signals, 0 to 1' }),
			reasons: z.array(ReasonSchema)
		})
	),
	scope: z.enum(MATCH_SCOPES),
	notes: z.array(ReasonSchema),
	considered: z.number().int().meta({ description: 'organisations considered after scope, exclusions and filters' })
});
export type MatchListResponse = z.infer<typeof MatchListResponse>;

const many = (description: string) => z.union([z.string(), z.array(z.string())]).optional().meta({ description });

export const MatchQuery = z.object({
	scope: z.enum(MATCH_SCOPES).optional().meta({ description: 'regional: same country or ILO region; international: other countries, same concerns; any (default)' }),
	limit: z.number().int().min(1).max(50).optional().meta({ description: 'default 10' }),
	type: many('only organisations of these types (codes or labels)'),
	country: many('only organisations in these countries'),
	category: many('only organisations working on one of these skills categories'),
	language: many('only organisations working in one of these languages'),
	lang: z.enum(['en', 'es', 'fr', 'pt']).optional().meta({ description: 'language of the reasons' })
});

export const IdeaMatchQuery = MatchQuery.extend({
	text: z.string().min(1).max(5000).meta({ description: 'the project idea, in any supported language' }),
	from: z.string().optional().meta({ description: 'the organisation behind the idea (id or slug): it and its partners are left out' })
});

const Lang = z.enum(['en', 'es', 'fr', 'pt']).optional();
/** What the match endpoints read from the query string (the documented MatchQuery, validated). */
export const MatchQueryInput = MatchOptions.extend({ lang: Lang });
export const IdeaQueryInput = MatchOptions.extend({
	lang: Lang,
	text: z.string({ error: 'describe the idea in a few words' }).trim().min(1, 'describe the idea in a few words').max(5000, 'at most 5000 characters'),
	from: z.string().max(200).optional()
});

/** The JSON of a suggestion list: actors in the API shape (never a contact), reasons, notes. */
export function toApiMatches(list: MatchList): MatchListResponse {
	return {
		items: list.items.map((item) => ({ actor: { ...pickApiActor(item.actor), slug: item.actor.slug }, score: item.score, reasons: item.reasons })),
		scope: list.scope,
		notes: list.notes,
		considered: list.considered
	};
}

const signalsText = SIGNALS.join(', ');

export const matchEndpoints: EndpointDoc[] = [
	{
		method: 'get',
		path: '/api/v1/actors/{id}/matches',
		summary: 'Suggested partners for an organisation, ranked, with reasons',
		description: `Organisations already related to this one are left out. Signals: ${signalsText}; weights in docs/matching.md. Contact persons are never included.`,
		tags: ['matchmaking'],
		params: { id: 'the actor id (uuid) or its slug' },
		query: MatchQuery,
		response: MatchListResponse
	},
	{
		method: 'get',
		path: '/api/v1/people/{id}/matches',
		summary: 'Organisations suggested for a person of the roster (as far as the caller may see the person)',
		tags: ['matchmaking'],
		params: { id: 'the person id (uuid) or slug' },
		query: MatchQuery,
		response: MatchListResponse
	},
	{
		method: 'get',
		path: '/api/v1/matches',
		summary: 'Organisations suggested for a free-text project idea',
		description: 'Skills categories, target groups, actor types and countries named in the text (in any supported language) count as asked for.',
		tags: ['matchmaking'],
		query: IdeaMatchQuery,
		response: MatchListResponse
	}
];
