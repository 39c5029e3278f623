/**
 * Demo organisations, part 2: the European cluster platform and the organisations
 * behind the eight inspiring cluster practices of the ECCP discussion paper (seed 001).
 * Facts, names and figures come from the seed; the descriptions are our own words.
 */
import type { DemoActor } from './types';

const BRUSSELS = { country: 'BE', city: 'Brussels', latitude: 50.8503, longitude: 4.3517 };
const DONOSTIA = { country: 'ES', city: 'Donostia-San Sebastián', latitude: 43.3183, longitude: -1.9812 };
const BILBAO = { country: 'ES', city: 'Bilbao', latitude: 43.263, longitude: -2.935 };
const BARCELONA = { country: 'ES', city: 'Barcelona', latitude: 41.3874, longitude: 2.1686 };
const MARINHA_GRANDE = { country: 'PT', city: 'Marinha Grande', latitude: 39.7477, longitude: -8.9322 };

export const europeanActors: DemoActor[] = [
	// The platform and the European institutions around it.
	{
		demoId: 'eccp', name: 'European Cluster Collaboration Platform', otherNames: ['ECCP'], type: 'network', ...BRUSSELS,
		languages: ['en'], categories: ['4', '5'], targetGroups: ['smes'], website: 'https://www.clustercollaboration.eu',
		extra: { registeredClusterOrganisations: '1000+' },
		description: {
			en: 'The EU’s meeting place for cluster organisations, backed by the European Commission through COSME. More than 1000 cluster organisations had a profile there by 2020. Its first discussion paper suggested turning it into a skills hub with mentoring, a map of skills actors and a shared course repository.',
			fr: 'Lieu de rencontre européen des organisations de clusters, soutenu par la Commission européenne via COSME. Plus de 1000 organisations de clusters y étaient inscrites en 2020. Son premier document de réflexion propose d’en faire un pôle compétences avec mentorat, cartographie des acteurs et répertoire de cours partagé.',
			es: 'Punto de encuentro europeo de las organizaciones clúster, apoyado por la Comisión Europea a través de COSME. En 2020 ya tenía más de 1000 organizaciones clúster registradas. Su primer documento de debate propone convertirlo en un centro de competencias con mentoría, mapa de actores y un repositorio común de cursos.'
		}
	},
	{
		demoId: 'european-commission', name: 'European Commission', type: 'government', ...BRUSSELS,
		languages: ['en', 'fr', 'de'], categories: ['5'],
		description: {
			en: 'The executive of the European Union. Through COSME, Erasmus+ and the European Regional Development Fund it pays for cluster cooperation, centres of vocational excellence, sector skills alliances and urban experiments.',
			fr: 'Exécutif de l’Union européenne. Par COSME, Erasmus+ et le Fonds européen de développement régional, elle finance la coopération entre clusters, les centres d’excellence professionnelle, les alliances sectorielles et des expériences urbaines.'
		}
	},
	{
		demoId: 'dg-grow', name: 'Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs', otherNames: ['DG GROW'],
		type: 'government', ...BRUSSELS, languages: ['en', 'fr'], categories: ['4', '5'], targetGroups: ['smes'],
		description: {
			en: 'The Commission department responsible for industry and SMEs. It looks after EU cluster policy and the skills-for-industry agenda, and its staff commented on the ECCP paper on skills.',
			fr: 'Direction de la Commission chargée de l’industrie et des PME. Elle suit la politique européenne des clusters et l’agenda des compétences pour l’industrie ; ses agents ont relu le document de l’ECCP sur les compétences.'
		}
	},
	{
		demoId: 'expert-group-clusters', name: 'European Expert Group on Clusters', type: 'network', ...BRUSSELS,
		languages: ['en'], categories: ['4', '5'],
		description: {
			en: 'Advisory body of EU countries and independent experts that counsels the Commission, Member States and regions on clusters as a tool of industrial policy, interregional cooperation and SME integration in value chains. Its skills subgroup discussed how clusters can help upskill and reskill Europe’s workforce.',
			fr: 'Instance consultative réunissant les pays de l’UE et des experts indépendants, qui conseille la Commission, les États membres et les régions sur les clusters comme outil de politique industrielle. Son sous-groupe compétences a examiné le rôle des clusters dans la requalification des travailleurs.'
		}
	},
	{
		demoId: 'orkestra', name: 'Orkestra – Basque Institute of Competitiveness', otherNames: ['Orkestra'], type: 'rto', ...DONOSTIA,
		languages: ['es', 'en'], categories: ['4', '5'],
		description: {
			en: 'Research institute on territorial competitiveness at the University of Deusto. It wrote the ECCP discussion paper on supporting skills through clusters and the 2019 Basque competitiveness report, which asked whether skills are the panacea.',
			es: 'Instituto de investigación sobre competitividad territorial de la Universidad de Deusto. Es autor del documento de debate del ECCP sobre competencias y clústeres y del informe de competitividad del País Vasco de 2019, dedicado a las competencias.'
		}
	},
	{
		demoId: 'university-of-deusto', name: 'University of Deusto', otherNames: ['Universidad de Deusto'], type: 'university', ...BILBAO,
		languages: ['es', 'en'], categories: ['4', '6'],
		description: {
			en: 'University with campuses in Bilbao and San Sebastián; Orkestra belongs to it and Deusto Publications issues its competitiveness reports.',
			es: 'Universidad con campus en Bilbao y San Sebastián; Orkestra forma parte de ella y Publicaciones de Deusto edita sus informes de competitividad.'
		}
	},
	{
		demoId: 'james-wilson', name: 'James Wilson', type: 'individual', ...DONOSTIA, languages: ['en', 'es'], categories: ['4', '5'],
		description: {
			en: 'Researcher at Orkestra who wrote ECCP Discussion Paper 1 (September 2020) on how industrial clusters can support skills.',
			es: 'Investigador de Orkestra, autor del primer documento de debate del ECCP (septiembre de 2020) sobre cómo los clústeres pueden apoyar las competencias.'
		}
	},
	// eNCUENTRA, Aragon.
	{
		demoId: 'idia', name: 'iDiA – Aragon ICT cluster', otherNames: ['iDiA', 'iDia'], type: 'cluster-organisation',
		country: 'ES', city: 'Zaragoza', latitude: 41.6488, longitude: -0.8891, languages: ['es'], sectors: ['ICT'],
		categories: ['1', '5', '6'], targetGroups: ['youth', 'women', 'smes'], website: 'https://www.idia.es',
		description: {
			en: 'Cluster organisation of the information and communication technology sector in Aragon. After a study showed digital skills gaps in the region, it launched and leads the eNCUENTRA programme.',
			es: 'Organización clúster del sector de las tecnologías de la información y la comunicación en Aragón. Tras un estudio que reveló carencias de competencias digitales en la región, puso en marcha y lidera el programa eNCUENTRA.'
		}
	},
	{
		demoId: 'encuentra', name: 'eNCUENTRA Programme', otherNames: ['eNCUENTRA'], type: 'network',
		country: 'ES', city: 'Zaragoza', latitude: 41.6488, longitude: -0.8891, languages: ['es'], sectors: ['ICT'],
		categories: ['1', '3', '6', '9'], targetGroups: ['youth', 'women'],
		website: 'https://www.idia.es/programa-encuentra-cursos-empleo/', extra: { kind: 'programme' },
		description: {
			en: 'Regional programme that steers young people, and young women above all, into digital jobs. It moves from outreach and engagement to guidance by experts, then to technical and transversal courses built with firms, and ends in internships and hiring. Partners include firms needing ICT profiles, local and national government and media companies.',
			es: 'Programa regional que orienta a la juventud, y sobre todo a las mujeres jóvenes, hacia empleos digitales. Avanza de la difusión y la captación a la orientación experta, sigue con cursos técnicos y transversales diseñados con empresas y culmina en prácticas y contratación.'
		}
	},
	// Masters in Packaging Management, Catalonia.
	{
		demoId: 'packaging-cluster', name: 'Packaging Cluster', otherNames: ['Clúster del Packaging'], type: 'cluster-organisation', ...BARCELONA,
		languages: ['es', 'en'], sectors: ['packaging'], categories: ['5', '6'], targetGroups: ['smes'],
		website: 'https://www.packagingcluster.com',
		description: {
			en: 'Catalan cluster organisation of the packaging value chain. With IQS Executive Education it built a nine-month master’s programme that trains packaging experts for its member companies.',
			es: 'Organización clúster catalana de la cadena de valor del envase y embalaje. Con IQS Executive Education creó un máster de nueve meses que forma especialistas en packaging para sus empresas socias.'
		}
	},
	{
		demoId: 'iqs-executive-education', name: 'IQS Executive Education', type: 'university', ...BARCELONA,
		languages: ['es', 'en'], categories: ['6'],
		description: {
			en: 'Executive education arm of IQS, a school of Ramon Llull University. It co-designed the 60-ECTS Masters in Packaging Management, which joins packaging technology with operations management.',
			es: 'Área de formación ejecutiva de IQS, centro de la Universidad Ramon Llull. Codiseñó el Máster en Packaging Management de 60 ECTS, que une tecnología del envase y dirección de operaciones.'
		}
	},
	{
		demoId: 'ramon-llull-university', name: 'Ramon Llull University', otherNames: ['Universitat Ramon Llull', 'URL'], type: 'university', ...BARCELONA,
		languages: ['es', 'en'], categories: ['6', '4'],
		description: {
			en: 'Barcelona university made up of several schools and institutes, among them IQS.',
			es: 'Universidad barcelonesa formada por varias escuelas e institutos, entre ellos IQS.'
		}
	},
	// Skills for the Regions Innovation Bureau, Germany.
	{
		demoId: 'bmas', name: 'Federal Ministry of Labour and Social Affairs', otherNames: ['BMAS', 'Bundesministerium für Arbeit und Soziales'],
		type: 'government', country: 'DE', city: 'Berlin', latitude: 52.52, longitude: 13.405, languages: ['de'], categories: ['3', '5'],
		description: {
			en: 'Germany’s federal labour ministry. It started the Skills for the Regions Innovation Bureau so that regional networks can secure the skilled workers they need.',
			de: 'Das Bundesarbeitsministerium. Es hat das Innovationsbüro „Fachkräfte für die Region“ ins Leben gerufen, damit regionale Netzwerke ihren Fachkräftebedarf sichern können.'
		}
	},
	{
		demoId: 'innovation-bureau', name: 'Skills for the Regions Innovation Bureau', otherNames: ['Innovationsbüro Fachkräfte für die Region'],
		type: 'network', country: 'DE', city: 'Berlin', latitude: 52.52, longitude: 13.405, languages: ['de'], categories: ['3', '4', '5'],
		targetGroups: ['smes'], website: 'https://www.fachkraeftebuero.de/', extra: { kind: 'programme' },
		description: {
			en: 'A national “network of networks” that helps regional alliances secure skilled labour. Regional networks, many led by cluster organisations, get help to form skills coalitions and to run dialogue events, training needs planning, courses, exchanges and expert advice.',
			de: 'Ein bundesweites „Netzwerk der Netzwerke“, das regionale Bündnisse bei der Fachkräftesicherung unterstützt – oft von Clustern geführt – mit Dialogveranstaltungen, Bedarfsplanung, Qualifizierung, Erfahrungsaustausch und Beratung.'
		}
	},
	{
		demoId: 'its-owl', name: 'it’s OWL – technology network OstWestfalenLippe', otherNames: ['it’s OWL', 'OWL technology cluster'],
		type: 'cluster-organisation', country: 'DE', city: 'Paderborn', latitude: 51.7189, longitude: 8.7575, languages: ['de', 'en'],
		sectors: ['intelligent technical systems', 'manufacturing'], categories: ['4', '5', '6'], targetGroups: ['smes'],
		description: {
			en: 'Technology cluster of the OstWestfalenLippe region that brings firms, universities and research institutes together; it leads one of the regional skills networks backed by the Innovation Bureau.',
			de: 'Technologie-Cluster der Region OstWestfalenLippe, der Unternehmen, Hochschulen und Forschungseinrichtungen verbindet; er führt eines der vom Innovationsbüro begleiteten regionalen Fachkräftenetzwerke.'
		}
	},
	{
		demoId: 'sensorik-bayern', name: 'Sensorik Bayern cluster', otherNames: ['Strategische Partnerschaft Sensorik'], type: 'cluster-organisation',
		country: 'DE', city: 'Regensburg', latitude: 49.0134, longitude: 12.1016, languages: ['de'], sectors: ['sensor technology'],
		categories: ['5', '6'], targetGroups: ['smes'],
		description: {
			en: 'Bavarian cluster for sensor technology; like it’s OWL, it runs a regional skills network with support from the Innovation Bureau.',
			de: 'Bayerischer Cluster für Sensortechnik; wie it’s OWL führt er mit Unterstützung des Innovationsbüros ein regionales Fachkräftenetzwerk.'
		}
	},
	// AS-Fabrik, Bilbao.
	{
		demoId: 'as-fabrik', name: 'AS-Fabrik alliance', otherNames: ['AS-Fabrik'], type: 'network', ...BILBAO,
		languages: ['es', 'en'], sectors: ['knowledge-intensive business services', 'Industry 4.0'],
		categories: ['5', '6', '8'], targetGroups: ['youth', 'smes'],
		website: 'https://www.uia-initiative.eu/en/uia-cities/bilbao', extra: { kind: 'alliance' },
		description: {
			en: 'City alliance building a skills ecosystem for advanced services to industry in Bilbao. Its “factory” maps the mid-term Industry 4.0 needs of local manufacturers, trains students, entrepreneurs and professionals across disciplines, develops a lasting way of working together and backs related start-ups.',
			es: 'Alianza urbana que construye en Bilbao un ecosistema de competencias para los servicios avanzados a la industria. Su “fábrica” detecta las necesidades de la Industria 4.0 a medio plazo, forma a estudiantes, emprendedores y profesionales y apoya a nuevas empresas del sector.'
		}
	},
	{
		demoId: 'bilbao-city-council', name: 'Bilbao City Council', otherNames: ['Ayuntamiento de Bilbao', 'Bilboko Udala'], type: 'government', ...BILBAO,
		languages: ['es'], categories: ['5', '8'],
		description: {
			en: 'Local government of Bilbao, lead partner of the AS-Fabrik alliance co-financed by Urban Innovative Actions.',
			es: 'Gobierno local de Bilbao, socio principal de la alianza AS-Fabrik cofinanciada por Acciones Urbanas Innovadoras.'
		}
	},
	{
		demoId: 'gaia', name: 'GAIA – Basque ICT cluster', otherNames: ['GAIA'], type: 'cluster-organisation', ...DONOSTIA,
		languages: ['es', 'en'], sectors: ['ICT', 'electronics'], categories: ['5', '6'], targetGroups: ['smes'],
		description: {
			en: 'Cluster organisation of Basque electronics, information and telecommunication firms; one of the two clusters in the AS-Fabrik alliance.',
			es: 'Organización clúster de las empresas vascas de electrónica, información y telecomunicaciones; uno de los dos clústeres de la alianza AS-Fabrik.'
		}
	},
	{
		demoId: 'eiken', name: 'EIKEN – Basque audiovisual cluster', otherNames: ['EIKEN'], type: 'cluster-organisation', ...DONOSTIA,
		languages: ['es'], sectors: ['audiovisual', 'digital content'], categories: ['5', '6'], targetGroups: ['smes'],
		description: {
			en: 'Cluster of the Basque audiovisual and digital content industry, partner of the AS-Fabrik alliance in Bilbao.',
			es: 'Clúster de la industria audiovisual y de contenidos digitales del País Vasco, socio de la alianza AS-Fabrik de Bilbao.'
		}
	},
	{
		demoId: 'urban-innovative-actions', name: 'Urban Innovative Actions', otherNames: ['UIA'], type: 'government',
		country: 'FR', city: 'Lille', latitude: 50.6292, longitude: 3.0573, languages: ['en', 'fr'], categories: ['5'],
		extra: { kind: 'funding-programme' },
		description: {
			en: 'European Regional Development Fund initiative that gives cities money to try out new answers to urban challenges; it provided the first funding of AS-Fabrik.',
			fr: 'Initiative du Fonds européen de développement régional qui finance des villes pour tester de nouvelles réponses aux défis urbains ; elle a apporté le premier financement d’AS-Fabrik.'
		}
	},
	// European Aerospace Cluster Partnership.
	{
		demoId: 'eacp', name: 'European Aerospace Cluster Partnership', otherNames: ['EACP'], type: 'network', region: 'europe-central-asia',
		languages: ['en', 'fr', 'de'], sectors: ['aerospace'], categories: ['1', '4', '5'], targetGroups: ['smes', 'youth'],
		website: 'http://www.eacp-aero.eu/', extra: { kind: 'alliance' },
		description: {
			en: 'International alliance of aerospace cluster organisations. In 2013 it ran an early skills hub, six workshops on where VET systems fall short of aerospace needs; today a standing skills working group deals with mobility between industry and academia, international student internships, HR practice in SMEs and exchange of good practice.',
			fr: 'Alliance internationale d’organisations de clusters aéronautiques. Dès 2013, elle a tenu six ateliers sur les lacunes de la formation professionnelle face aux besoins du secteur ; un groupe de travail permanent traite aujourd’hui de mobilité, de stages internationaux et de gestion des ressources humaines dans les PME.'
		}
	},
	// Mini MBA in Human Centred Manufacturing, Portugal and the United Kingdom.
	{
		demoId: 'pool-net', name: 'Pool-Net – Portuguese Tooling Network', otherNames: ['Pool-Net', 'Engineering & Tooling Cluster', 'Tooling Portugal'],
		type: 'cluster-organisation', ...MARINHA_GRANDE, languages: ['pt', 'en'], sectors: ['moulds', 'tooling', 'engineering'],
		categories: ['5', '6'], targetGroups: ['smes'], website: 'http://app.toolingportugal.com/en/',
		description: {
			en: 'Cluster organisation of the Portuguese engineering and tooling industry. Together with the University of Manchester it runs a Mini MBA in Human Centred Manufacturing for industry managers.',
			pt: 'Organização do cluster português de engenharia e ferramentas especiais (moldes). Com a Universidade de Manchester, organiza um Mini MBA em Manufatura Centrada no Humano para gestores da indústria.'
		}
	},
	{
		demoId: 'cefamol', name: 'CEFAMOL – Portuguese Mould Industry Association', otherNames: ['CEFAMOL', 'Associação Nacional da Indústria de Moldes'],
		type: 'employers-organisation', ...MARINHA_GRANDE, languages: ['pt', 'en'], sectors: ['moulds'], categories: ['5'], targetGroups: ['smes'],
		description: {
			en: 'National association of Portugal’s mould makers, part of the tooling cluster around Marinha Grande.',
			pt: 'Associação nacional dos fabricantes de moldes portugueses, parte do cluster de ferramentas da Marinha Grande.'
		}
	},
	{
		demoId: 'university-of-manchester', name: 'University of Manchester', type: 'university',
		country: 'GB', city: 'Manchester', latitude: 53.4808, longitude: -2.2426, languages: ['en'], categories: ['6', '4'],
		description: {
			en: 'English research university; partner of the Portuguese tooling cluster in a Mini MBA that includes a visit to UK companies in Manchester.',
			pt: 'Universidade de investigação inglesa; parceira do cluster português de ferramentas num Mini MBA que inclui uma visita a empresas britânicas em Manchester.'
		}
	},
	// DIHUB Cloud.
	{
		demoId: 'dihub-cloud', name: 'DIHUB Cloud', type: 'network', region: 'europe-central-asia', languages: ['en', 'pt'],
		sectors: ['cloud technologies'], categories: ['1', '5', '6'], targetGroups: ['youth', 'smes'], website: 'https://dihubcloud.eu',
		extra: { kind: 'centre-of-vocational-excellence', nodeCountries: ['FI', 'BG', 'HR', 'EE', 'PT'] },
		description: {
			en: 'Erasmus+ Centre of Vocational Excellence that links five regional nodes, in Finland, Bulgaria, Croatia, Estonia and Portugal, around a shared training programme on cloud technologies for students, VET providers and companies. The partnership mixes VET centres and universities with employers’ associations and chambers of commerce.',
			pt: 'Centro de Excelência Profissional Erasmus+ que liga cinco polos regionais, na Finlândia, Bulgária, Croácia, Estónia e Portugal, em torno de um programa comum de formação em tecnologias cloud para estudantes, escolas profissionais e empresas.'
		}
	},
	{
		demoId: 'tice-pt', name: 'TICE.PT – Portuguese ICT cluster', otherNames: ['TICE.PT'], type: 'cluster-organisation',
		country: 'PT', city: 'Aveiro', latitude: 40.6405, longitude: -8.6538, languages: ['pt', 'en'], sectors: ['ICT', 'electronics'],
		categories: ['5', '6'], targetGroups: ['smes'],
		description: {
			en: 'Portuguese cluster of information, communication and electronics technologies; the cluster partner of DIHUB Cloud.',
			pt: 'Cluster português das tecnologias de informação, comunicação e eletrónica; é o parceiro cluster da DIHUB Cloud.'
		}
	},
	// METIS, microelectronics.
	{
		demoId: 'metis', name: 'METIS – Microelectronics Training, Industry and Skills', otherNames: ['METIS'], type: 'network',
		region: 'europe-central-asia', languages: ['en', 'de', 'fr'], sectors: ['microelectronics'], categories: ['4', '5', '6'],
		memberCount: 20, website: 'http://www.metis4skills.eu/', extra: { kind: 'sector-skills-alliance', durationYears: 4 },
		description: {
			en: 'Four-year Erasmus+ sector skills alliance of 20 partners that tackles the microelectronics skills gap between industry and education. It works towards a long-term action plan, an observatory to monitor needs and a skills council for new VET solutions.',
			de: 'Vierjährige Erasmus+-Branchenallianz mit 20 Partnern gegen die Qualifikationslücke in der Mikroelektronik, mit langfristigem Aktionsplan, Beobachtungsstelle und Skills Council für neue Berufsbildungsangebote.'
		}
	},
	{
		demoId: 'silicon-saxony', name: 'Silicon Saxony', type: 'cluster-organisation',
		country: 'DE', city: 'Dresden', latitude: 51.0504, longitude: 13.7373, languages: ['de', 'en'], sectors: ['microelectronics', 'ICT'],
		categories: ['5', '6'], targetGroups: ['smes'],
		description: {
			en: 'Industry network of Europe’s largest microelectronics cluster, around Dresden; the METIS alliance grew out of it.',
			de: 'Branchennetzwerk des größten Mikroelektronik-Clusters Europas rund um Dresden; die METIS-Allianz ist hier verwurzelt.'
		}
	}
];
