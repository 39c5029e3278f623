/**
 * Errors of the auth area. They are AppErrors (the API maps them by `code`) with a
 * `reason` that pages turn into a sentence in the reader's language.
 */
import { AppError, type ErrorCode } from '../errors';

export type AuthErrorReason =
	| 'bad_credentials'
	| 'unconfirmed'
	| 'disabled'
	| 'token_invalid'
	| 'password_too_short'
	| 'password_too_long'
	| 'wrong_current_password'
	| 'email_taken'
	| 'last_admin'
	| 'self_disable'
	| 'user_not_found'
	| 'actor_not_found'
	| 'api_token_not_found'
	| 'not_allowed';

const CODES: Record<AuthErrorReason, ErrorCode> = {
	bad_credentials: 'unauthenticated',
	unconfirmed: 'forbidden',
	disabled: 'forbidden',
	token_invalid: 'invalid_input',
	password_too_short: 'invalid_input',
	password_too_long: 'invalid_input',
	wrong_current_password: 'invalid_input',
	email_taken: 'conflict',
	last_admin: 'conflict',
	self_disable: 'conflict',
	user_not_found: 'not_found',
	actor_not_found: 'not_found',
	api_token_not_found: 'not_found',
	not_allowed: 'forbidden'
};

export class AuthError extends AppError {
	constructor(
		readonly reason: AuthErrorReason,
		message: string,
		fields?: Record<string, string>
	) {
		super(CODES[reason], message, { fields });
		this.name = 'AuthError';
	}
}
