/** Environment settings, validated once with zod. */
import { z } from 'zod';

const schema = z.object({
	PORT: z.coerce.number().int().min(1).max(65535).default(3000),
	HOST: z.string().default('0.0.0.0'),
	ATLAS_DATA_DIR: z.string().default('./data'),
	DATABASE_URL: z.string().optional(),
	SMTP_URL: z.string().optional(),
	MAIL_FROM: z.string().default('Skills Atlas <no-reply@localhost>'),
	ORIGIN: z.string().optional(),
	/** frame-ancestors for pages; embeds (/embed/…) use ATLAS_EMBED_FRAME_ANCESTORS. */
	ATLAS_FRAME_ANCESTORS: z.string().default("'none'"),
	ATLAS_EMBED_FRAME_ANCESTORS: z.string().default('*'),
	ATLAS_UPLOAD_LIMIT_MB: z.coerce.number().positive().default(50),
	ATLAS_NO_DEMO: z.string().optional()
});

export type AtlasConfig = z.infer<typeof schema>;

/** Reads process.env; throws a readable message naming the bad variable. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): AtlasConfig {
	const parsed = schema.safeParse(env);
	if (!parsed.success) {
		const issue = parsed.error.issues[0];
		throw new Error(`Environment variable ${issue.path.join('.')} is invalid: ${issue.message}`);
	}
	const config = parsed.data;
	if (config.DATABASE_URL === '') config.DATABASE_URL = undefined;
	return config;
}

/**
 * A whole-number setting such as a daily limit: blank or unset gives `fallback`; anything
 * else that is not a whole number ≥ 0 throws a message naming the variable.
 */
export function wholeNumberSetting(env: NodeJS.ProcessEnv, name: string, fallback: number, unit: string): number {
	const raw = env[name];
	if (raw === undefined || raw.trim() === '') return fallback;
	const value = Number(raw);
	if (!Number.isInteger(value) || value < 0) throw new Error(`Environment variable ${name} is invalid: expected a whole number of ${unit}.`);
	return value;
}

