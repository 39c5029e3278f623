/**
 * Taking part in a partner-search post: "I'm interested" (once per account, never in
 * one's own post, only while the post is open; the author is notified), and following a
 * post to hear when it changes or closes.
 */
import { z } from 'zod';
import type { DB } from '../db';
import type { SessionUser } from '../../domain/user';
import { AppError, conflict, forbidden, invalidInput } from '../errors';
import { anyBlock } from '../connect/queries';
import { recordAudit } from '../audit/service';
import { validate } from '../api/http';
import * as queries from './queries';
import { findPostRow, type PostContext } from './service';
import { noticeInterest } from './notices';
import { postIsOpen } from './present';

/** Body of `POST /api/v1/posts/{id}/interest`, and the form on the post page. */
export const InterestInput = z.object({
	message: z.string().trim().max(2000, 'at most 2,000 characters').optional(),
	actorId: z.uuid().nullable().optional().meta({ description: 'the organisation the interest is expressed for: one the account manages' })
});
export type InterestInputData = z.infer<typeof InterestInput>;

/** The refusals of expressInterest (conflict), so pages can say them in the reader's language. */
export const INTEREST_REFUSALS = {
	own: 'This is your own post: you cannot express interest in it.',
	closed: 'This post is closed: it no longer accepts interest.',
	twice: 'You have already expressed interest in this post.'
} as const;

/** A signed-in account says it is interested in a post; the author hears of it in-app and by mail. */
export async function expressInterest(db: DB, user: SessionUser | null, ref: string, input: InterestInputData, ctx: PostContext = {}): Promise<{ postId: string }> {
	if (!user) throw new AppError('unauthenticated', 'Sign in to express interest.');
	const row = await findPostRow(db, ref);
	const data = validate(InterestInput, input);
	if (row.author_id === user.id) throw conflict(INTEREST_REFUSALS.own);
	if (!postIsOpen(row)) throw conflict(INTEREST_REFUSALS.closed);
	// An author who blocked this account hears nothing from it here either (as for connection requests).
	if (row.author_id && (await anyBlock(db, [row.author_id], user.id))) throw forbidden('You cannot express interest in this post.');
	let organisation: { id: string; name: string } | null = null;
	if (data.actorId) {
		const curator = user.role === 'admin' || user.role === 'curator';
		if (!curator && !user.actorIds.includes(data.actorId)) throw invalidInput('actorId: you do not manage this organisation.', { actorId: 'you do not manage this organisation' });
		const [actor] = await queries.selectActorNames(db, [data.actorId]);
		if (!actor) throw invalidInput('actorId: no such organisation.', { actorId: 'no such organisation' });
		organisation = actor;
	}
	const message = data.message ?? '';
	const inserted = await queries.insertInterest(db, { post_id: row.id, user_id: user.id, actor_id: organisation?.id ?? null, message });
	if (!inserted) throw conflict(INTEREST_REFUSALS.twice);
	await recordAudit(db, { user, action: 'post.interest', targetType: 'partner_post', targetId: row.id, details: { slug: row.slug, actorId: organisation?.id ?? null }, ip: ctx.ip });
	const name = user.displayName || user.email.split('@')[0];
	const who = organisation ? `${name} (${organisation.name})` : name;
	await noticeInterest(db, row.author_id, { slug: row.slug, title: row.title }, { who, message }, ctx.origin);
	return { postId: row.id };
}

/** The account follows the post (following twice is the same as once). */
export async function followPost(db: DB, user: SessionUser | null, ref: string): Promise<{ postId: string; following: true }> {
	if (!user) throw new AppError('unauthenticated', 'Sign in to follow a post.');
	const row = await findPostRow(db, ref);
	await queries.insertFollower(db, row.id, user.id);
	return { postId: row.id, following: true };
}

/** The account stops following the post. */
export async function unfollowPost(db: DB, user: SessionUser | null, ref: string): Promise<{ postId: string; following: false }> {
	if (!user) throw new AppError('unauthenticated', 'Sign in to stop following a post.');
	const row = await findPostRow(db, ref);
	await queries.deleteFollower(db, row.id, user.id);
	return { postId: row.id, following: false };
}
