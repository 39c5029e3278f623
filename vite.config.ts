import { sveltekit } from '@sveltejs/kit/vite';
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { defineConfig } from 'vite';
import { mergeMessages } from './scripts/merge-messages.js';

// Paraglide compiles messages/<locale>.json, which are assembled from messages/src/*.json.
mergeMessages(process.cwd());

export default defineConfig({
	plugins: [
		paraglideVitePlugin({
			project: './project.inlang',
			outdir: './src/lib/paraglide',
			strategy: ['url', 'baseLocale']
		}),
		sveltekit()
	],
	ssr: { external: ['@electric-sql/pglite', 'pg', 'nodemailer'] }
});
