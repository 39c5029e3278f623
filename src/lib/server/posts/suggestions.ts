/**
 * The actors suggested for a post: its text and what it seeks, asked of the suggestion
 * engine (match/service.ts) as a project idea, the posting organisation left out.
 */
import type { DB } from '../db';
import type { Locale } from '../vocab';
import type { PostRow } from './queries';

export interface SuggestedActor {
	actor: { id: string; slug: string; name: string; type: string; typeLabel: string; country: string | null; countryLabel: string };
	score: number;
	reasons: { code: string; text: string }[];
}

/** Up to `limit` actors suggested for the post, best first, with score and reasons in the reader's language. */
export async function suggestForPost(db: DB, row: PostRow, locale: Locale, limit = 10): Promise<SuggestedActor[]> {
	void db;
	void row;
	void locale;
	void limit;
	// Wired to match/service.ts suggestForIdea once the engine lands.
	return [];
}
