/**
 * citation-js with the BibTeX, RIS and CSL plugins loaded, typed for what the io files
 * use. The package ships no type declarations; this is the one place that says so.
 */
// @ts-ignore -- no declarations are published for @citation-js/core
import { Cite as UntypedCite, plugins as untypedPlugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-csl';

export interface CiteInstance {
	format(style: string, options?: Record<string, unknown>): string;
}

/** Builds a citation set from CSL-JSON items (or any input citation-js reads). */
export const Cite = UntypedCite as new (data: unknown, options?: Record<string, unknown>) => CiteInstance;

/** The input plugins: chain() turns text of a forced type into CSL-JSON items, synchronously. */
export const plugins = untypedPlugins as {
	input: { chain(input: unknown, options: { forceType: string; generateGraph?: boolean }): unknown };
};
