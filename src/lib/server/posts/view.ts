/**
 * Reading one partner-search post as a given viewer: the post, what the viewer may do
 * with it, the interested parties (only for the author and curators; others get the
 * count) and the actors suggested for it.
 */
import type { DB } from '../db';
import type { SessionUser } from '../../domain/user';
import type { Locale } from '../vocab';
import { notFound } from '../errors';
import { renderMarkdown } from '../library/markdown';
import * as queries from './queries';
import { findPostRow } from './service';
import { canManagePost, postIsOpen, toPartnerPost, type PartnerPost } from './present';
import { suggestForPost, type SuggestedActor } from './suggestions';

export interface PostInterest {
	id: string;
	message: string;
	createdAt: string;
	user: { id: string; name: string };
	organisation: { id: string; slug: string; name: string } | null;
}

export interface PostDetail extends PartnerPost {
	followerCount: number;
	/** Null unless the viewer is the author or a curator. */
	interests: PostInterest[] | null;
	viewer: {
		signedIn: boolean;
		canManage: boolean;
		following: boolean;
		interested: boolean;
		/** Signed in, not the author, not yet interested, and the post open. */
		canExpressInterest: boolean;
	};
	suggestions: SuggestedActor[];
}

/** One post as the viewer may see it (anyone may read a post); `suggestions: false` skips the engine. */
export async function getPost(
	db: DB,
	viewer: SessionUser | null,
	ref: string,
	locale: Locale,
	options: { suggestions?: boolean } = {}
): Promise<PostDetail> {
	const row = await findPostRow(db, ref);
	const canManage = canManagePost(viewer, row);
	const [following, interested, followerCount, interestRows, suggestions] = await Promise.all([
		viewer ? queries.isFollower(db, row.id, viewer.id) : false,
		viewer ? queries.hasInterest(db, row.id, viewer.id) : false,
		queries.countFollowers(db, row.id),
		canManage ? queries.selectInterests(db, row.id) : null,
		options.suggestions === false ? [] : suggestForPost(db, row, locale)
	]);
	const interests = interestRows
		? interestRows.map((interest) => ({
				id: String(interest.id),
				message: interest.message,
				createdAt: interest.created_at.toISOString(),
				user: { id: interest.user_id, name: interest.user_name },
				organisation: interest.actor_id && interest.actor_slug && interest.actor_name ? { id: interest.actor_id, slug: interest.actor_slug, name: interest.actor_name } : null
			}))
		: null;
	return {
		...toPartnerPost(row, locale),
		followerCount,
		interests,
		viewer: {
			signedIn: !!viewer,
			canManage,
			following,
			interested,
			canExpressInterest: !!viewer && row.author_id !== viewer.id && !interested && postIsOpen(row)
		},
		suggestions
	};
}

/** The post for its page: the detail plus its description rendered as safe HTML. */
export async function getPostPage(db: DB, viewer: SessionUser | null, ref: string, locale: Locale): Promise<PostDetail & { descriptionHtml: string }> {
	const detail = await getPost(db, viewer, ref, locale);
	return { ...detail, descriptionHtml: renderMarkdown(detail.description) };
}

/** The post's stored values for its edit form (author and curators), or not_found. */
export async function getPostForEdit(db: DB, viewer: SessionUser | null, ref: string, locale: Locale): Promise<PartnerPost> {
	const row = await findPostRow(db, ref);
	if (!canManagePost(viewer, row)) throw notFound('The post');
	return toPartnerPost(row, locale);
}
