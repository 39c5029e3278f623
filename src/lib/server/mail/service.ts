/**
 * Outgoing mail. Every message is kept in mail_outbox, so an operator without SMTP
 * (a laptop, a test) can read confirmation links in the admin area. With SMTP_URL
 * set, each message is also sent through nodemailer and marked sent or failed.
 */
import type { Transporter } from 'nodemailer';
import type { DB } from '../db';
import { readConfig } from '../config';
import * as queries from './queries';

export interface MailInput {
	to: string;
	subject: string;
	text: string;
}

export interface OutboxMail {
	id: string;
	to: string;
	subject: string;
	text: string;
	status: 'kept' | 'sent' | 'failed';
	error: string | null;
	createdAt: Date;
	sentAt: Date | null;
}

export const OUTBOX_PAGE_SIZE = 25;

let transport: { url: string; transporter: Transporter } | undefined;

async function transporterFor(url: string): Promise<Transporter> {
	if (transport?.url !== url) {
		const nodemailer = await import('nodemailer');
		const createTransport = nodemailer.createTransport ?? nodemailer.default.createTransport;
		const transporter = createTransport(url);
		// A stuck SMTP server must not hold a request for nodemailer's default two minutes;
		// timeouts given in the URL's query (?socketTimeout=…) still win.
		const options = (transporter as unknown as { transport?: { options?: Record<string, unknown> } }).transport?.options;
		if (options) {
			options.connectionTimeout ??= 10_000;
			options.greetingTimeout ??= 10_000;
			options.socketTimeout ??= 20_000;
		}
		transport = { url, transporter };
	}
	return transport.transporter;
}

/** Stores a message and, when SMTP is configured, sends it. Returns the outbox id. */
export async function queueMail(db: DB, mail: MailInput): Promise<{ id: string; status: OutboxMail['status'] }> {
	const id = await queries.insertMail(db, mail);
	const config = readConfig();
	if (!config.SMTP_URL) return { id, status: 'kept' };
	try {
		const transporter = await transporterFor(config.SMTP_URL);
		await transporter.sendMail({ from: config.MAIL_FROM, to: mail.to, subject: mail.subject, text: mail.text });
		await queries.markMailSent(db, id);
		return { id, status: 'sent' };
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		console.error(`Mail ${id} to ${mail.to} could not be sent: ${message}`);
		await queries.markMailFailed(db, id, message.slice(0, 2000));
		return { id, status: 'failed' };
	}
}

function toMail(row: NonNullable<Awaited<ReturnType<typeof queries.selectMail>>>): OutboxMail {
	return {
		id: String(row.id),
		to: row.to_address,
		subject: row.subject,
		text: row.body_text,
		status: row.status,
		error: row.error,
		createdAt: row.created_at,
		sentAt: row.sent_at
	};
}

/** One page of the outbox, newest first; `to` keeps one recipient. */
export async function listOutbox(db: DB, options: { page?: number; to?: string } = {}) {
	const page = Math.max(1, Math.floor(options.page ?? 1));
	const { rows, total } = await queries.selectOutboxPage(db, {
		to: options.to || undefined,
		limit: OUTBOX_PAGE_SIZE,
		offset: (page - 1) * OUTBOX_PAGE_SIZE
	});
	return { items: rows.map(toMail), total, page, perPage: OUTBOX_PAGE_SIZE };
}

/** One message, or null. */
export async function getMail(db: DB, id: string): Promise<OutboxMail | null> {
	if (!/^\d{1,18}$/.test(id)) return null;
	const row = await queries.selectMail(db, id);
	return row ? toMail(row) : null;
}
