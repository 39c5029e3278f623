/** The sentence, in the reader's language, for a refusal of the connect area. */
import { ConnectError } from '$lib/server/connect/errors';
import { AppError } from '$lib/server/errors';
import { label } from '$lib/server/vocab';
import { toLocale } from '$lib/server/network/present';
import { m } from '$lib/paraglide/messages';

/** The message shown beside the field, and the field it belongs to; null for unexpected errors. */
export function refusalMessage(failure: unknown, locale: string): { field: string; message: string } | null {
	if (!(failure instanceof AppError)) return null;
	if (!(failure instanceof ConnectError)) {
		const field = Object.keys(failure.fields ?? {})[0] ?? 'recipient';
		if (field === 'message') return { field, message: m.connect_error_message_required() };
		if (field === 'kind') return { field, message: m.connect_error_kind() };
		return { field, message: failure.code === 'not_found' ? m.connect_error_not_found() : m.connect_error_generic() };
	}
	const list = () => (failure.values.offered ?? '').split(',').filter(Boolean).map((code) => label('skills-category', code, toLocale(locale))).join(', ');
	const messages: Record<ConnectError['reason'], () => string> = {
		recipient_not_found: m.connect_error_not_found,
		request_not_found: m.connect_error_not_found,
		user_not_found: m.connect_error_not_found,
		to_self: m.connect_error_to_self,
		not_your_organisation: m.connect_error_not_your_organisation,
		duplicate: m.connect_error_duplicate,
		blocked: m.connect_error_blocked,
		you_blocked: m.connect_error_you_blocked,
		daily_limit: () => m.connect_error_daily_limit({ limit: failure.values.limit ?? '' }),
		nobody_answers: m.connect_error_nobody_answers,
		mentoring_not_offered: m.connect_error_mentoring_not_offered,
		categories_required: () => m.connect_error_categories_required({ list: list() }),
		categories_not_offered: () => m.connect_error_categories_not_offered({ list: list() }),
		not_pending: m.connect_error_not_pending,
		block_self: m.connect_error_block_self
	};
	return { field: failure.field, message: messages[failure.reason]() };
}
