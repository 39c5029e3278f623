/**
 * The actors suggested for a post: its text and what it seeks, asked of the suggestion
 * engine (match/service.ts) as a project idea, the posting organisation left out.
 */
import type { DB } from '../db';
import type { Locale } from '../vocab';
import { suggestForIdea, type IdeaQuery } from '../match/service';
import type { PostRow } from './queries';

const MIN_NARROWED = 3;

export interface SuggestedActor {
	actor: { id: string; slug: string; name: string; type: string; typeLabel: string; country: string | null; countryLabel: string };
	score: number;
	reasons: { code: string; text: string }[];
}

/**
 * Up to `limit` actors suggested for the post, best first, with score and reasons in the
 * reader's language. The wanted types and countries narrow the list (the post says whom
 * and where it seeks); when that leaves fewer than MIN_NARROWED, the best of the others
 * fill it up. The scope
 * of a post is seen from its author: with countries named, they already say where, so the
 * engine gets scope "any" (its "international" would leave those very countries out).
 */
export async function suggestForPost(db: DB, row: PostRow, locale: Locale, limit = 10): Promise<SuggestedActor[]> {
	const query: IdeaQuery = {
		text: `${row.title}\n${row.description}`,
		categories: row.categories,
		targetGroups: row.target_groups,
		types: row.actor_types,
		countries: row.countries,
		fromActorId: row.actor_id,
		scope: row.countries.length ? 'any' : row.scope,
		limit
	};
	// Wanted types and countries narrow the list first; fewer than MIN_NARROWED, and the others fill it up.
	const narrowed = row.actor_types.length > 0 || row.countries.length > 0;
	const filters = narrowed ? { type: row.actor_types.length ? row.actor_types : undefined, country: row.countries.length ? row.countries : undefined } : undefined;
	let items = (await suggestForIdea(db, { ...query, filters }, locale)).items;
	if (narrowed && items.length < MIN_NARROWED) {
		const seen = new Set(items.map((item) => item.actor.id));
		items = [...items, ...(await suggestForIdea(db, query, locale)).items.filter((item) => !seen.has(item.actor.id))].slice(0, limit);
	}
	// The engine leaves the posting organisation out; the check stays here so a post never suggests its own author.
	return items
		.filter((item) => item.actor.id !== row.actor_id)
		.map((item) => ({
			actor: {
				id: item.actor.id,
				slug: item.actor.slug,
				name: item.actor.name,
				type: item.actor.type,
				typeLabel: item.actor.typeLabel,
				country: item.actor.country,
				countryLabel: item.actor.countryLabel
			},
			score: item.score,
			reasons: item.reasons.map((reason) => ({ code: reason.code, text: reason.text }))
		}));
}
