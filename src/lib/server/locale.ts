/** Choosing a UI language from what the browser asks for. */
const LOCALES = ['en', 'es', 'fr', 'pt'] as const;

/** The best of our locales for an Accept-Language header, or null. */
export function preferredLocale(header: string | null, locales: readonly string[] = LOCALES): string | null {
	if (!header) return null;
	const ranked = header
		.split(',')
		.map((part) => {
			const [tag, ...params] = part.trim().split(';');
			const q = params.map((p) => /^q=([\d.]+)$/.exec(p.trim())?.[1]).find(Boolean);
			return { language: tag.trim().toLowerCase().split('-')[0], q: q ? Number(q) : 1 };
		})
		.filter((entry) => entry.q > 0)
		.sort((a, b) => b.q - a.q);
	return ranked.find((entry) => locales.includes(entry.language))?.language ?? null;
}

