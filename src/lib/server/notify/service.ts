/**
 * Notifications: short in-app messages to one account ("your submission needs
 * changes"), optionally doubled by a mail through the outbox. Texts are written by the
 * caller in the recipient's language; this area stores, lists and marks them read.
 */
import type { DB } from '../db';
import type { SessionUser } from '../../domain/user';
import { queueMail } from '../mail/service';
import { notFound } from '../errors';
import * as queries from './queries';

export const NOTIFICATIONS_PAGE_SIZE = 25;

export interface NotificationMessage {
	/** Dotted kind, area first: `library.changes_requested`. */
	kind: string;
	title: string;
	body?: string;
	/** A site path without language prefix ("/library/abc/edit"); pages localise it. */
	link?: string;
}

export interface Notification {
	id: string;
	kind: string;
	title: string;
	body: string;
	link: string;
	createdAt: Date;
	readAt: Date | null;
}

export interface Recipient {
	id: string;
	email: string;
	locale: string;
	name: string;
}

/** Stores an in-app notification for one account; returns its id. */
export async function createNotification(db: DB, userId: string, message: NotificationMessage): Promise<string> {
	return queries.insertNotification(db, {
		userId,
		kind: message.kind.slice(0, 100),
		title: message.title.slice(0, 500),
		body: (message.body ?? '').slice(0, 5000),
		link: safeLink(message.link)
	});
}

/** The address, language and name of an account; null when it is gone or disabled. */
export async function findRecipient(db: DB, userId: string | null | undefined): Promise<Recipient | null> {
	if (!userId) return null;
	const row = await queries.selectRecipient(db, userId);
	if (!row || row.disabled_at) return null;
	return { id: row.id, email: row.email, locale: row.locale, name: row.display_name || row.email };
}

/**
 * In-app notification plus a mail kept in the outbox (and sent when SMTP is set).
 * Call it outside a transaction: sending mail may wait on the network.
 */
export async function notifyUser(
	db: DB,
	recipient: Recipient,
	message: NotificationMessage & { mail?: { subject: string; text: string } }
): Promise<{ notificationId: string; mailId: string | null }> {
	const notificationId = await createNotification(db, recipient.id, message);
	const mail = message.mail ? await queueMail(db, { to: recipient.email, ...message.mail }) : null;
	return { notificationId, mailId: mail?.id ?? null };
}

/** One page of the account's notifications, newest first, with the unread count. */
export async function listNotifications(db: DB, user: SessionUser, options: { page?: number; unreadOnly?: boolean } = {}) {
	const page = Math.max(1, Math.floor(options.page ?? 1));
	const [{ rows, total }, unread] = await Promise.all([
		queries.selectNotificationPage(db, {
			userId: user.id,
			unreadOnly: !!options.unreadOnly,
			limit: NOTIFICATIONS_PAGE_SIZE,
			offset: (page - 1) * NOTIFICATIONS_PAGE_SIZE
		}),
		queries.countUnread(db, user.id)
	]);
	const items: Notification[] = rows.map((row) => ({
		id: String(row.id),
		kind: row.kind,
		title: row.title,
		body: row.body,
		link: row.link,
		createdAt: row.created_at,
		readAt: row.read_at
	}));
	return { items, total, unread, page, perPage: NOTIFICATIONS_PAGE_SIZE };
}

/** Number of unread notifications of the account (for a badge). */
export function countUnreadNotifications(db: DB, user: SessionUser): Promise<number> {
	return queries.countUnread(db, user.id);
}

/** Marks one of the account's notifications read; another account's is "not found". */
export async function markNotificationRead(db: DB, user: SessionUser, id: string): Promise<void> {
	if (!/^\d{1,18}$/.test(id) || !(await queries.markRead(db, user.id, id))) throw notFound('The notification');
}

/** Marks every notification of the account read; returns how many were unread. */
export function markAllNotificationsRead(db: DB, user: SessionUser): Promise<number> {
	return queries.markAllRead(db, user.id);
}

/** Only site paths are stored as links, so a notification can never point elsewhere. */
function safeLink(link: string | undefined): string {
	if (!link || !link.startsWith('/') || link.startsWith('//') || link.includes('\\')) return '';
	return link.slice(0, 1000);
}
