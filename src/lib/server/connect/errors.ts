/**
 * Refusals of the connect area. They are AppErrors (the API answers with their `code`
 * and message) with a stable `reason` that pages turn into a sentence in the reader's
 * language, beside the field it concerns (`field`).
 */
import { AppError, type ErrorCode } from '../errors';

export type ConnectErrorReason =
	| 'recipient_not_found'
	| 'request_not_found'
	| 'to_self'
	| 'not_your_organisation'
	| 'duplicate'
	| 'blocked'
	| 'you_blocked'
	| 'daily_limit'
	| 'nobody_answers'
	| 'mentoring_not_offered'
	| 'categories_required'
	| 'categories_not_offered'
	| 'not_pending'
	| 'block_self'
	| 'user_not_found';

const CODES: Record<ConnectErrorReason, ErrorCode> = {
	recipient_not_found: 'not_found',
	request_not_found: 'not_found',
	to_self: 'invalid_input',
	not_your_organisation: 'forbidden',
	duplicate: 'conflict',
	blocked: 'forbidden',
	you_blocked: 'conflict',
	daily_limit: 'rate_limited',
	nobody_answers: 'conflict',
	mentoring_not_offered: 'invalid_input',
	categories_required: 'invalid_input',
	categories_not_offered: 'invalid_input',
	not_pending: 'conflict',
	block_self: 'invalid_input',
	user_not_found: 'not_found'
};

/** The form field a refusal belongs beside. */
export type ConnectField = 'recipient' | 'fromActor' | 'categories' | 'kind' | 'message' | 'request' | 'user';

export class ConnectError extends AppError {
	constructor(
		readonly reason: ConnectErrorReason,
		message: string,
		readonly field: ConnectField = 'recipient',
		extra: { retryAfterSeconds?: number; values?: Record<string, string> } = {}
	) {
		super(CODES[reason], message, { fields: { [field]: message }, retryAfterSeconds: extra.retryAfterSeconds });
		this.name = 'ConnectError';
		this.values = extra.values ?? {};
	}
	/** Values the page's sentence needs (the categories offered, the limit…). */
	readonly values: Record<string, string>;
}
