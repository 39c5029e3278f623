/** Form helpers shared by the create and edit pages. */

/** The ids that describe field `name`: its hint (when it has one) and its error (when there is one), or undefined. */
export function describedBy(name: string, errors: Record<string, string>, hint = false): string | undefined {
	return [hint ? `field-${name}-hint` : '', errors[name] ? `field-${name}-error` : ''].filter(Boolean).join(' ') || undefined;
}
