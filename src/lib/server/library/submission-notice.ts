/**
 * Curators hear of new work: when a record is sent for review (or sent again after a
 * curator asked for changes), every active curator and administrator, except the
 * account that sent it, gets an in-app notification and a mail in their own language,
 * pointing to the review queue.
 */
import type { DB } from '../db';
import type { SessionUser } from '../../domain/user';
import { notifyUser } from '../notify/service';
import { selectReviewers } from './review-queries';
import { submissionTexts } from './review-texts';

/**
 * Tells the reviewers that `resource` waits for them. Called by the review service after
 * the submission's transaction (mail may wait on an SMTP server); returns how many were told.
 */
export async function notifyReviewersOfSubmission(
	db: DB,
	input: { submitter: SessionUser; resource: { title: string }; resubmitted: boolean; origin?: string }
): Promise<number> {
	const reviewers = await selectReviewers(db, input.submitter.id);
	const submitter = input.submitter.displayName || input.submitter.email;
	for (const reviewer of reviewers) {
		const recipient = { id: reviewer.id, email: reviewer.email, locale: reviewer.locale, name: reviewer.display_name || reviewer.email };
		const texts = await submissionTexts({ recipient, submitter, resource: input.resource, resubmitted: input.resubmitted, origin: input.origin });
		await notifyUser(db, recipient, {
			kind: input.resubmitted ? 'library.resubmitted' : 'library.submitted',
			title: texts.title,
			body: texts.body,
			link: texts.link,
			mail: texts.mail
		});
	}
	return reviewers.length;
}
