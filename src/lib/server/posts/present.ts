/**
 * The one place that turns partner-post rows into what leaves the server: the list item
 * and API shape (codes with labels in the reader's language), and who may see what.
 */
import type { SessionUser } from '../../domain/user';
import { label, type Locale, type VocabularyName } from '../vocab';
import type { PostRow } from './queries';

export const POST_SCOPES = ['regional', 'international', 'any'] as const;
export type PostScope = (typeof POST_SCOPES)[number];

export interface LabelledCode {
	value: string;
	label: string;
}

/** A post as lists, pages and the API show it. */
export interface PartnerPost {
	id: string;
	slug: string;
	title: string;
	/** Markdown as written by the author. */
	description: string;
	actorTypes: string[];
	categories: string[];
	targetGroups: string[];
	countries: string[];
	scope: PostScope;
	status: 'open' | 'closed';
	/** Open and not past its deadline: interest is accepted. */
	open: boolean;
	/** YYYY-MM-DD or null. */
	deadline: string | null;
	author: { name: string };
	organisation: { id: string; slug: string; name: string } | null;
	interestCount: number;
	createdAt: string;
	updatedAt: string;
	closedAt: string | null;
	labels: {
		actorTypes: LabelledCode[];
		categories: LabelledCode[];
		targetGroups: LabelledCode[];
		countries: LabelledCode[];
	};
}

/** Today as YYYY-MM-DD in UTC, the calendar deadlines are compared with. */
export function todayUtc(now = new Date()): string {
	return now.toISOString().slice(0, 10);
}

/** True while a post accepts interest: open and its deadline (if any) not passed. */
export function postIsOpen(row: Pick<PostRow, 'status' | 'deadline'>, now = new Date()): boolean {
	return row.status === 'open' && (!row.deadline || row.deadline >= todayUtc(now));
}

function labelled(vocab: VocabularyName, codes: string[], locale: Locale): LabelledCode[] {
	return codes.map((value) => ({ value, label: label(vocab, value, locale) }));
}

/** A post row as the reader sees it. */
export function toPartnerPost(row: PostRow, locale: Locale): PartnerPost {
	return {
		id: row.id,
		slug: row.slug,
		title: row.title,
		description: row.description,
		actorTypes: row.actor_types,
		categories: row.categories,
		targetGroups: row.target_groups,
		countries: row.countries,
		scope: row.scope,
		status: row.status,
		open: postIsOpen(row),
		deadline: row.deadline,
		author: { name: row.author_name },
		organisation: row.actor_id && row.actor_slug && row.actor_name ? { id: row.actor_id, slug: row.actor_slug, name: row.actor_name } : null,
		interestCount: Number(row.interest_count),
		createdAt: row.created_at.toISOString(),
		updatedAt: row.updated_at.toISOString(),
		closedAt: row.closed_at ? row.closed_at.toISOString() : null,
		labels: {
			actorTypes: labelled('actor-type', row.actor_types, locale),
			categories: labelled('skills-category', row.categories, locale),
			targetGroups: labelled('target-group', row.target_groups, locale),
			countries: labelled('country', row.countries, locale)
		}
	};
}

/** The author and curators edit and close a post, and see who is interested. */
export function canManagePost(user: Pick<SessionUser, 'id' | 'role'> | null, row: Pick<PostRow, 'author_id'>): boolean {
	if (!user) return false;
	return user.role === 'admin' || user.role === 'curator' || (row.author_id !== null && row.author_id === user.id);
}
