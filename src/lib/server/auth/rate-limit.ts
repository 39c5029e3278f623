/**
 * Sliding-window rate limits kept in PostgreSQL (rate_limit_event), so every app
 * process behind a load balancer counts the same events. A limit is checked before
 * the work and an event recorded after it; callers decide what counts (sign-in
 * records failures only).
 */
import type { DB } from '../db';
import { AppError } from '../errors';
import * as queries from './queries';

export interface RateLimit {
	bucket: string;
	limit: number;
	windowSeconds: number;
}

const FIFTEEN_MINUTES = 15 * 60;
const HOUR = 60 * 60;

/** The limits of the auth area. Keys: the client IP, or the lower-cased e-mail. */
export const LIMITS = {
	signInPerIp: { bucket: 'sign_in_failure_ip', limit: 20, windowSeconds: FIFTEEN_MINUTES },
	signInPerEmail: { bucket: 'sign_in_failure_email', limit: 8, windowSeconds: FIFTEEN_MINUTES },
	signUpPerIp: { bucket: 'sign_up_ip', limit: 5, windowSeconds: HOUR },
	resetPerIp: { bucket: 'reset_ip', limit: 5, windowSeconds: HOUR },
	resetPerEmail: { bucket: 'reset_email', limit: 5, windowSeconds: HOUR },
	confirmResendPerIp: { bucket: 'confirm_resend_ip', limit: 5, windowSeconds: HOUR },
	confirmResendPerEmail: { bucket: 'confirm_resend_email', limit: 5, windowSeconds: HOUR }
} satisfies Record<string, RateLimit>;

/** Events older than this are of no use to any limit above. */
const KEEP_EVENTS_SECONDS = 24 * HOUR;
/** Share of recordings that also sweep every bucket (the per-key sweep happens each time). */
const GLOBAL_PRUNE_CHANCE = 0.02;

function rateLimited(retryAfterSeconds: number): AppError {
	const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
	const minutes = Math.ceil(seconds / 60);
	return new AppError('rate_limited', `Too many attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`, {
		retryAfterSeconds: seconds
	});
}

/** Throws rate_limited when the window already holds `limit` events; returns the count otherwise. */
export async function check(db: DB, rule: RateLimit, key: string): Promise<number> {
	if (!key) return 0;
	const { count, freesInSeconds } = await queries.countRecentEvents(db, rule.bucket, key, rule.windowSeconds);
	if (count >= rule.limit) throw rateLimited(freesInSeconds);
	return count;
}

/** Records one event; old events are pruned along the way. */
export async function record(db: DB, rule: RateLimit, key: string): Promise<void> {
	if (!key) return;
	await queries.insertRateLimitEvent(db, rule.bucket, key);
	await queries.pruneRateLimitEvents(db, rule.windowSeconds, { bucket: rule.bucket, key });
	if (Math.random() < GLOBAL_PRUNE_CHANCE) await queries.pruneRateLimitEvents(db, KEEP_EVENTS_SECONDS);
}

/** Checks then records: every call counts. Throws AppError('rate_limited', …, {retryAfterSeconds}) past the limit. */
export async function hit(db: DB, bucket: string, key: string, options: { limit: number; windowSeconds: number }): Promise<void> {
	const rule = { bucket, ...options };
	await check(db, rule, key);
	await record(db, rule, key);
}

/** Events of a bucket and key inside the window, without throwing. */
export async function recentCount(db: DB, rule: RateLimit, key: string): Promise<number> {
	if (!key) return 0;
	return (await queries.countRecentEvents(db, rule.bucket, key, rule.windowSeconds)).count;
}

/** Pause before answering a failed sign-in: 300 ms, growing with recent failures, at most 2 s. */
export function failureDelayMs(recentFailures: number): number {
	return Math.min(2000, 300 + 200 * Math.max(0, recentFailures));
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
