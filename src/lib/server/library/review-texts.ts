/**
 * What the submitter of a record is told about a curator's decision, and what curators
 * are told about a new submission, each in the recipient's language: the in-app
 * notification and the mail. Paraglide's messages are imported on first use (the
 * `atlas` command may load this area before a web build).
 */
import type { ReviewDecision } from '../db/schema';
import { localePrefix, mailLocale } from '../auth/mail-texts';

export interface DecisionTexts {
	title: string;
	body: string;
	mail: { subject: string; text: string };
	/** Site path (no language prefix) the notification points to. */
	link: string;
}

/** The texts telling `recipient` about `decision` on the record `resource`. */
export async function decisionTexts(input: {
	decision: ReviewDecision;
	recipient: { name: string; locale: string };
	resource: { title: string; slug: string };
	comment: string;
	/** Site address for mail links ("https://atlas.example.org"); relative links without it. */
	origin?: string;
}): Promise<DecisionTexts> {
	const { m } = await import('../../paraglide/messages.js');
	const locale = mailLocale(input.recipient.locale);
	const options = { locale };
	const title = input.resource.title;
	const link = input.decision === 'request_changes' ? `/library/${input.resource.slug}/edit` : input.decision === 'approve' ? `/library/${input.resource.slug}` : '/library/mine';
	const absolute = `${(input.origin ?? process.env.ORIGIN ?? '').replace(/\/+$/, '')}/${localePrefix(locale)}${link.slice(1)}`;
	const values = { name: input.recipient.name, title, link: absolute, comment: input.comment || '—' };
	switch (input.decision) {
		case 'approve':
			return {
				title: m.review_notice_approved({ title }, options),
				body: input.comment,
				link,
				mail: { subject: m.review_mail_approved_subject({ title }, options), text: m.review_mail_approved_body(values, options) }
			};
		case 'request_changes':
			return {
				title: m.review_notice_changes({ title }, options),
				body: input.comment,
				link,
				mail: { subject: m.review_mail_changes_subject({ title }, options), text: m.review_mail_changes_body(values, options) }
			};
		case 'reject':
			return {
				title: m.review_notice_rejected({ title }, options),
				body: input.comment,
				link,
				mail: { subject: m.review_mail_rejected_subject({ title }, options), text: m.review_mail_rejected_body(values, options) }
			};
	}
}

/** The texts telling a curator that a record waits for review (sent, or sent again after changes). */
export async function submissionTexts(input: {
	recipient: { name: string; locale: string };
	submitter: string;
	resource: { title: string };
	/** True when the record comes back after a curator asked for changes. */
	resubmitted: boolean;
	origin?: string;
}): Promise<DecisionTexts> {
	const { m } = await import('../../paraglide/messages.js');
	const locale = mailLocale(input.recipient.locale);
	const options = { locale };
	const title = input.resource.title;
	const link = '/library/review';
	const absolute = `${(input.origin ?? process.env.ORIGIN ?? '').replace(/\/+$/, '')}/${localePrefix(locale)}${link.slice(1)}`;
	const values = { name: input.recipient.name, submitter: input.submitter, title, link: absolute };
	return {
		title: input.resubmitted ? m.library_resubmission_notice({ title }, options) : m.library_submission_notice({ title }, options),
		body: m.library_submission_notice_body({ submitter: input.submitter }, options),
		link,
		mail: {
			subject: m.library_submission_mail_subject({ title }, options),
			text: input.resubmitted ? m.library_resubmission_mail_body(values, options) : m.library_submission_mail_body(values, options)
		}
	};
}
