/**
 * What each side is told about a connection request, in the recipient's language: the
 * in-app notification and the mail. Paraglide's messages are imported on first use
 * (the `atlas` command may load this area before a web build has generated them).
 */
import type { ConnectionKind } from '../db/schema';
import { localePrefix, mailLocale } from '../auth/mail-texts';

export type ConnectionEvent = 'received' | 'accepted' | 'declined' | 'withdrawn';

export interface ConnectionTexts {
	kind: string;
	title: string;
	body: string;
	/** Site path (no language prefix). */
	link: string;
	/** Absent for events told in the app only. */
	mail?: { subject: string; text: string };
}

/** The texts telling `recipient` that `other` (a name) did `event` on a request of `kind`. */
export async function connectionTexts(input: {
	event: ConnectionEvent;
	kind: ConnectionKind;
	recipient: { name: string; locale: string };
	/** Who acted: the requester (or their organisation) for received/withdrawn, the recipient side otherwise. */
	other: string;
	/** The organisation or person asked (received only). */
	target: string;
	/** The request's message (received) or the answer's note (accepted/declined). */
	note: string;
	origin?: string;
}): Promise<ConnectionTexts> {
	const { m } = await import('../../paraglide/messages.js');
	const locale = mailLocale(input.recipient.locale);
	const options = { locale };
	const kindNames: Record<ConnectionKind, string> = {
		introduction: m.connect_kind_introduction({}, options),
		partnership: m.connect_kind_partnership({}, options),
		mentoring: m.connect_kind_mentoring({}, options)
	};
	const link = '/connections';
	const absolute = `${(input.origin ?? process.env.ORIGIN ?? '').replace(/\/+$/, '')}/${localePrefix(locale)}${link.slice(1)}`;
	const values = { name: input.other || m.connect_someone({}, options), kind: kindNames[input.kind], target: input.target, recipient: input.recipient.name, link: absolute, note: input.note || '—' };
	switch (input.event) {
		case 'received': {
			const title = m.connect_notice_received(values, options);
			return { kind: 'connect.received', title, body: input.note, link, mail: { subject: title, text: m.connect_mail_received_body(values, options) } };
		}
		case 'accepted': {
			const title = m.connect_notice_accepted(values, options);
			return { kind: 'connect.accepted', title, body: input.note, link, mail: { subject: title, text: m.connect_mail_accepted_body(values, options) } };
		}
		case 'declined': {
			const title = m.connect_notice_declined(values, options);
			return { kind: 'connect.declined', title, body: input.note, link, mail: { subject: title, text: m.connect_mail_declined_body(values, options) } };
		}
		case 'withdrawn':
			return { kind: 'connect.withdrawn', title: m.connect_notice_withdrawn(values, options), body: '', link };
	}
}
