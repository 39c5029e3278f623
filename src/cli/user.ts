/**
 * `atlas user add <email> --role admin|curator|member [--password-stdin] [--name …]`:
 * creates a confirmed account directly in the database (the operator's tool, no login).
 * Without --password-stdin a password is generated and printed once.
 */
import { Option, type Command } from 'commander';
import { z } from 'zod';
import { CliError, openConfiguredDatabase } from './context';
import { createUser } from '../lib/server/auth/service';
import { AuthError } from '../lib/server/auth/errors';
import { generatePassword } from '../lib/server/auth/password';
import { recordAudit } from '../lib/server/audit/service';
import { ROLES, type Role } from '../lib/domain/user';

const LOCALES = ['en', 'es', 'fr', 'pt'];

/** Reads the whole of stdin; drops one trailing line break (from `echo` or a file). */
async function readPasswordFromStdin(): Promise<string> {
	if (process.stdin.isTTY) process.stderr.write('Type the password, then press Enter and Ctrl-D:\n');
	const chunks: Buffer[] = [];
	for await (const chunk of process.stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
	return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

interface AddOptions {
	role: Role;
	passwordStdin?: boolean;
	name?: string;
	locale: string;
}

export function registerUser(program: Command) {
	const user = program.command('user').description('manage accounts');
	user
		.command('add')
		.description('create a confirmed account; prints a generated password unless --password-stdin is given')
		.argument('<email>', 'e-mail address of the account')
		.addOption(new Option('--role <role>', 'role of the account').choices(ROLES).default('member'))
		.option('--password-stdin', 'read the password from standard input instead of generating one')
		.option('--name <name>', 'display name')
		.addOption(new Option('--locale <locale>', 'language of the mails the account receives').choices(LOCALES).default('en'))
		.action(async (email: string, options: AddOptions) => {
			const address = z.email().max(254).safeParse(email.trim());
			if (!address.success) throw new CliError(`"${email}" is not an e-mail address.`);
			if (options.name && options.name.length > 200) throw new CliError('The name may have at most 200 characters.');
			const password = options.passwordStdin ? await readPasswordFromStdin() : generatePassword(20);
			const database = await openConfiguredDatabase();
			try {
				const created = await createUser(database.db, {
					email: address.data,
					password,
					role: options.role,
					displayName: options.name,
					locale: options.locale,
					confirmed: true
				});
				await recordAudit(database.db, {
					user: null,
					action: 'user.created_by_cli',
					targetType: 'user',
					targetId: created.id,
					details: { email: created.email, role: created.role }
				});
				console.log(`Created ${created.role} account ${created.email}.`);
				if (!options.passwordStdin) {
					console.log('Password (shown once, keep it safe):');
					console.log(`  ${password}`);
				}
			} catch (error) {
				if (error instanceof AuthError) throw new CliError(error.message);
				throw error;
			} finally {
				await database.close();
			}
		});
}
