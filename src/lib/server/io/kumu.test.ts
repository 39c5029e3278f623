import { describe, it, expect } from 'vitest';
import { kumuSheetKind, kumuTablesToGraph, parseKumuJson, writeKumuJson } from './kumu';

describe('Kumu files', () => {
	it('recognises Elements and Connections sheets by their headers', () => {
		expect(kumuSheetKind(['Label', 'Type', 'Description', 'Tags'])).toBe('elements');
		expect(kumuSheetKind(['From', 'To', 'Type'])).toBe('connections');
		expect(kumuSheetKind([' from ', 'TO'])).toBe('connections');
		expect(kumuSheetKind(['name', 'type'])).toBeUndefined();
	});

	it('keeps element ids out of the attributes and gives one connection per To target', () => {
		const graph = kumuTablesToGraph([
			{ headers: ['ID', 'Label', 'Element Type'], encoding: '', delimiter: ',', rows: [{ line: 2, values: { ID: 'e1', Label: 'A', 'Element Type': 'ngo' } }] },
			{ headers: ['From', 'To'], encoding: '', delimiter: ',', rows: [{ line: 2, values: { From: 'A', To: 'B | C|' } }] }
		]);
		expect(graph.nodes).toEqual([{ row: 2, id: 'e1', values: { Label: 'A', Type: 'ngo' } }]);
		expect(graph.edges.map((edge) => [edge.from, edge.to])).toEqual([['A', 'B'], ['A', 'C']]);
	});

	it('refuses tables that are not Kumu sheets', () => {
		expect(() => kumuTablesToGraph([{ headers: ['x'], rows: [], encoding: '', delimiter: ',' }])).toThrow(/No Kumu sheet/);
	});

	it('reads its own JSON blueprint back', () => {
		const text = writeKumuJson({
			nodes: [{ id: 'k1', attributes: { name: 'A', type: 'ngo', tags: ['x'] } }, { id: 'k2', attributes: { name: 'B', type: 'ngo' } }],
			edges: [{ id: 'r1', from: 'k1', to: 'k2', type: 'funds', label: '', description: '' }]
		});
		const graph = parseKumuJson(text);
		expect(graph.nodes[0]).toEqual({ row: 1, id: 'k1', values: { label: 'A', Type: 'ngo', tags: ['x'] } });
		expect(graph.edges).toEqual([{ row: 3, from: 'k1', to: 'k2', values: { Type: 'funds' } }]);
		expect(() => parseKumuJson('[1,2]')).toThrow(/elements/);
	});
});
