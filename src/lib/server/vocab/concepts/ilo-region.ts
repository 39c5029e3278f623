/** The five ILO regions; every country carries one in `extra.iloRegion`. */
import type { Concept } from '../types';

export const iloRegions: Concept[] = [
	{
		code: 'africa',
		labels: { en: 'Africa', es: 'África', fr: 'Afrique', pt: 'África' },
		altLabels: { en: ['Sub-Saharan Africa', 'North Africa'], es: ['África subsahariana', 'Norte de África'], fr: ['Afrique subsaharienne', 'Afrique du Nord'], pt: ['África Subsariana', 'África Subsaariana', 'Norte de África'] }
	},
	{
		code: 'americas',
		labels: { en: 'Americas', es: 'Américas', fr: 'Amériques', pt: 'Américas' },
		altLabels: { en: ['the Americas', 'Latin America and the Caribbean', 'Latin America', 'North America', 'Caribbean'], es: ['América', 'América Latina y el Caribe', 'América Latina', 'Caribe'], fr: ['Amérique latine et Caraïbes', 'Amérique latine', 'Amérique du Nord', 'Caraïbes'], pt: ['América Latina e Caribe', 'América Latina e Caraíbas', 'América Latina', 'Caribe'] }
	},
	{
		code: 'arab-states',
		labels: { en: 'Arab States', es: 'Estados Árabes', fr: 'États arabes', pt: 'Estados Árabes' },
		altLabels: { en: ['Arab region', 'Middle East'], es: ['región árabe', 'Oriente Medio', 'Medio Oriente'], fr: ['région arabe', 'Moyen-Orient'], pt: ['região árabe', 'Médio Oriente', 'Oriente Médio'] }
	},
	{
		code: 'asia-pacific',
		labels: { en: 'Asia and the Pacific', es: 'Asia y el Pacífico', fr: 'Asie et Pacifique', pt: 'Ásia e Pacífico' },
		altLabels: { en: ['Asia-Pacific', 'Asia', 'Pacific', 'Oceania'], es: ['Asia-Pacífico', 'Asia', 'Oceanía'], fr: ['Asie-Pacifique', 'Asie', 'Océanie'], pt: ['Ásia-Pacífico', 'Ásia', 'Oceania'] }
	},
	{
		code: 'europe-central-asia',
		labels: { en: 'Europe and Central Asia', es: 'Europa y Asia Central', fr: 'Europe et Asie centrale', pt: 'Europa e Ásia Central' },
		altLabels: { en: ['Europe', 'Central Asia'], es: ['Europa', 'Asia Central'], fr: ['Europe', 'Asie centrale'], pt: ['Europa', 'Ásia Central'] }
	}
];
