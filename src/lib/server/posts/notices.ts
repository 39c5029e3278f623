/**
 * What partner posts tell people: the author hears of each expression of interest, the
 * followers of each change and of the closing. In-app notification plus a mail in the
 * outbox, both in the recipient's language. Paraglide's messages are imported on first
 * use, as in auth/mail-texts.ts (the `atlas` command may run before any web build).
 */
import type { DB } from '../db';
import { localePrefix, mailLocale } from '../auth/mail-texts';
import { findRecipient, notifyUser } from '../notify/service';

export type PostChangeKind = 'updated' | 'closed' | 'reopened';

interface PostRef {
	slug: string;
	title: string;
}

function absoluteLink(path: string, locale: string, origin?: string): string {
	return `${(origin ?? process.env.ORIGIN ?? '').replace(/\/+$/, '')}/${localePrefix(locale)}${path.slice(1)}`;
}

/** Tells the author of a post that someone is interested (no-op when the author's account is gone). */
export async function noticeInterest(
	db: DB,
	authorId: string | null,
	post: PostRef,
	interest: { who: string; message: string },
	origin?: string
): Promise<void> {
	const recipient = await findRecipient(db, authorId);
	if (!recipient) return;
	const { m } = await import('../../paraglide/messages.js');
	const locale = mailLocale(recipient.locale);
	const link = `/partners/posts/${post.slug}`;
	const title = m.posts_notice_interest({ who: interest.who, title: post.title }, { locale });
	const text = `${title}\n\n${interest.message ? `${interest.message}\n\n` : ''}${m.posts_notice_open_link({}, { locale })} ${absoluteLink(link, locale, origin)}\n`;
	await notifyUser(db, recipient, { kind: 'posts.interest', title, body: interest.message, link, mail: { subject: title, text } });
}

/** Tells each of these accounts that the post changed or closed. */
export async function noticeChange(db: DB, recipientIds: string[], post: PostRef, kind: PostChangeKind, origin?: string): Promise<number> {
	const { m } = await import('../../paraglide/messages.js');
	let sent = 0;
	for (const id of new Set(recipientIds)) {
		const recipient = await findRecipient(db, id);
		if (!recipient) continue;
		const locale = mailLocale(recipient.locale);
		const link = `/partners/posts/${post.slug}`;
		const title =
			kind === 'closed'
				? m.posts_notice_closed({ title: post.title }, { locale })
				: kind === 'reopened'
					? m.posts_notice_reopened({ title: post.title }, { locale })
					: m.posts_notice_updated({ title: post.title }, { locale });
		const text = `${title}\n\n${m.posts_notice_open_link({}, { locale })} ${absoluteLink(link, locale, origin)}\n\n${m.posts_notice_unfollow_hint({}, { locale })}\n`;
		await notifyUser(db, recipient, { kind: `posts.${kind}`, title, link, mail: { subject: title, text } });
		sent++;
	}
	return sent;
}
