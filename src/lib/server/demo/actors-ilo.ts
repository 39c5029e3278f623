/**
 * Demo organisations, part 1: the ILO family, the ILO–Norway partnership, and the
 * Latin American and Caribbean training institutions and integration bodies that
 * ILO/Cinterfor works with (seeds 000, 002, 003, 004). Descriptions are our own words.
 */
import type { DemoActor } from './types';

export const iloActors: DemoActor[] = [
	{
		demoId: 'ilo',
		name: 'International Labour Organization',
		otherNames: ['ILO', 'OIT', 'Organisation internationale du Travail', 'Organización Internacional del Trabajo', 'Organização Internacional do Trabalho'],
		type: 'international-organisation',
		country: 'CH', city: 'Geneva', latitude: 46.2275, longitude: 6.1376,
		languages: ['en', 'fr', 'es'],
		categories: ['1', '2', '3', '4', '5', '6', '7'],
		targetGroups: ['youth', 'women', 'persons-with-disabilities', 'informal-economy-workers', 'unemployed-adults'],
		sectors: ['all sectors'],
		foundedYear: 1919, memberCount: 185,
		website: 'http://www.ilo.org/skills/lang--en/index.htm',
		description: {
			en: 'United Nations agency for the world of work, governed jointly by the governments, employers and workers of its 185 member States. On skills it combines research, policy advice and technical cooperation so that workers stay employable, enterprises become more productive and growth reaches everyone.',
			fr: 'Agence des Nations unies consacrée au monde du travail, gouvernée ensemble par les gouvernements, les employeurs et les travailleurs de ses 185 États membres. Pour les compétences, elle associe recherche, conseil aux politiques et coopération technique au service de l’employabilité, de la productivité et d’une croissance inclusive.',
			es: 'Agencia de las Naciones Unidas dedicada al mundo del trabajo, dirigida de forma tripartita por gobiernos, empleadores y trabajadores de sus 185 Estados miembros. En competencias combina investigación, asesoría de políticas y cooperación técnica para mejorar la empleabilidad, la productividad y la inclusión.',
			pt: 'Agência das Nações Unidas para o mundo do trabalho, governada de forma tripartida por governos, empregadores e trabalhadores dos seus 185 Estados-membros. Nas competências, junta investigação, aconselhamento político e cooperação técnica a favor da empregabilidade, da produtividade e de um crescimento inclusivo.'
		}
	},
	{
		demoId: 'ilo-skills-branch',
		name: 'ILO Skills and Employability Branch',
		otherNames: ['ILO Skills Branch', 'SKILLS'],
		type: 'international-organisation',
		country: 'CH', city: 'Geneva', latitude: 46.2275, longitude: 6.1376,
		languages: ['en', 'fr', 'es'],
		categories: ['1', '2', '4', '5', '6'],
		targetGroups: ['youth', 'women', 'low-skilled-workers'],
		description: {
			en: 'The ILO team in Geneva in charge of skills, lifelong learning and employability. It steers the partnership with Norway and hosts the Skills Innovation Facility.',
			fr: 'Équipe de l’OIT à Genève chargée des compétences, de l’apprentissage tout au long de la vie et de l’employabilité. Elle pilote le partenariat avec la Norvège et accueille le dispositif d’innovation en compétences.',
			es: 'Equipo de la OIT en Ginebra a cargo de las competencias, el aprendizaje permanente y la empleabilidad. Dirige la alianza con Noruega y alberga el mecanismo de innovación en competencias.',
			pt: 'Equipa da OIT em Genebra responsável pelas competências, pela aprendizagem ao longo da vida e pela empregabilidade. Conduz a parceria com a Noruega e acolhe o mecanismo de inovação em competências.'
		}
	},
	{
		demoId: 'ilo-skills-innovation-facility',
		name: 'ILO Skills Innovation Facility',
		type: 'international-organisation',
		country: 'CH', city: 'Geneva', latitude: 46.2275, longitude: 6.1376,
		languages: ['en', 'fr', 'es'],
		categories: ['4', '5', '6', '8'],
		targetGroups: ['youth'],
		description: {
			en: 'An ILO facility that spots promising ideas for skills development and helps turn them into solutions that work in practice. It ran the Skills Challenge call and set up the Skills Innovation Network.',
			fr: 'Dispositif de l’OIT qui repère des idées prometteuses pour le développement des compétences et aide à les transformer en solutions concrètes. Il a lancé l’appel « Skills Challenge » et créé le Réseau d’innovation en compétences.',
			es: 'Instancia de la OIT que detecta ideas prometedoras para el desarrollo de competencias y ayuda a convertirlas en soluciones prácticas. Organizó la convocatoria Skills Challenge y creó la Red de Innovación en Competencias.',
			pt: 'Mecanismo da OIT que identifica ideias promissoras para o desenvolvimento de competências e ajuda a transformá-las em soluções práticas. Organizou o concurso Skills Challenge e criou a Rede de Inovação em Competências.'
		}
	},
	{
		demoId: 'skills-innovation-network',
		name: 'ILO Skills Innovation Network',
		type: 'network',
		country: 'CH', city: 'Geneva', latitude: 46.2275, longitude: 6.1376,
		languages: ['en', 'fr', 'es'],
		categories: ['1', '2', '3', '4', '5', '6', '7', '8', '9'],
		targetGroups: ['youth', 'women', 'persons-with-disabilities', 'rural-workers', 'informal-economy-workers', 'migrants', 'refugees'],
		foundedYear: 2020,
		extra: { skillsChallengeApplicants: 473, coreGroupMeetings: 5 },
		description: {
			en: 'A worldwide network opened to the 473 organisations that answered the ILO Skills Challenge call, so that innovators facing similar skills problems can meet and work together. A Core Group drawn from the strongest applications met five times between November 2020 and January 2021 to design it.',
			fr: 'Réseau mondial ouvert aux 473 organisations ayant répondu à l’appel « Skills Challenge » de l’OIT, pour que les innovateurs aux prises avec des problèmes voisins se rencontrent. Un groupe restreint issu des meilleures candidatures s’est réuni cinq fois entre novembre 2020 et janvier 2021 pour le concevoir.',
			es: 'Red mundial abierta a las 473 organizaciones que respondieron a la convocatoria Skills Challenge de la OIT, para que quienes innovan frente a problemas parecidos se encuentren. Un grupo central formado con las mejores candidaturas se reunió cinco veces entre noviembre de 2020 y enero de 2021 para diseñarla.',
			pt: 'Rede mundial aberta às 473 organizações que responderam ao concurso Skills Challenge da OIT, para que inovadores com problemas semelhantes se encontrem. Um grupo central saído das melhores candidaturas reuniu-se cinco vezes entre novembro de 2020 e janeiro de 2021 para a desenhar.'
		}
	},
	{
		demoId: 'ilo-cinterfor',
		name: 'ILO/Cinterfor',
		otherNames: ['OIT/Cinterfor', 'Cinterfor'],
		type: 'international-organisation',
		country: 'UY', city: 'Montevideo', latitude: -34.9011, longitude: -56.1645,
		languages: ['es', 'en', 'pt'],
		categories: ['1', '2', '4', '5', '6', '7'],
		targetGroups: ['youth', 'women', 'unemployed-adults', 'rural-workers', 'informal-economy-workers', 'indigenous-peoples'],
		sectors: ['vocational training'],
		website: 'http://www.oitcinterfor.org',
		description: {
			en: 'The ILO’s centre for knowledge on vocational training in Latin America and the Caribbean, based in Montevideo. It connects national training institutions, labour ministries, employers and unions, and shares research, a virtual library, discussion fora and a roster of specialists.',
			es: 'Centro de la OIT para el conocimiento sobre formación profesional en América Latina y el Caribe, con sede en Montevideo. Conecta instituciones nacionales de formación, ministerios de trabajo, empleadores y sindicatos, y comparte investigación, una biblioteca virtual, foros de debate y un registro de especialistas.',
			fr: 'Centre de l’OIT pour les savoirs sur la formation professionnelle en Amérique latine et dans les Caraïbes, installé à Montevideo. Il relie instituts nationaux de formation, ministères du travail, employeurs et syndicats, et partage recherches, bibliothèque virtuelle, forums et un répertoire de spécialistes.',
			pt: 'Centro da OIT para o conhecimento sobre formação profissional na América Latina e no Caribe, com sede em Montevidéu. Liga instituições nacionais de formação, ministérios do trabalho, empregadores e sindicatos, e partilha pesquisas, uma biblioteca virtual, fóruns de debate e uma lista de especialistas.'
		}
	},
	{
		demoId: 'itcilo',
		name: 'International Training Centre of the ILO',
		otherNames: ['ITCILO', 'ILO International Training Centre in Turin'],
		type: 'international-organisation',
		country: 'IT', city: 'Turin', latitude: 45.0703, longitude: 7.6869,
		languages: ['en', 'fr', 'es', 'pt'],
		categories: ['6', '4'],
		description: {
			en: 'The ILO’s training campus in Turin, running classroom and distance courses for people from governments, employers’ and workers’ organisations and training institutions.',
			fr: 'Campus de formation de l’OIT à Turin, qui organise des cours en présentiel et à distance pour les gouvernements, les organisations d’employeurs et de travailleurs et les institutions de formation.',
			es: 'Campus de formación de la OIT en Turín, con cursos presenciales y a distancia para personas de gobiernos, organizaciones de empleadores y de trabajadores e instituciones de formación.',
			pt: 'Campus de formação da OIT em Turim, com cursos presenciais e a distância para pessoas de governos, organizações de empregadores e de trabalhadores e instituições de formação.'
		}
	},
	regionalOffice('ilo-ro-africa', 'ILO Regional Office for Africa', 'CI', 'Abidjan', 5.36, -4.0083, {
		en: 'Coordinates the ILO’s work in its African member States from Abidjan, including the skills projects of the partnership with Norway.',
		fr: 'Coordonne depuis Abidjan l’action de l’OIT dans ses États membres africains, y compris les projets sur les compétences du partenariat avec la Norvège.',
		es: 'Coordina desde Abiyán la labor de la OIT en sus Estados miembros africanos, incluidos los proyectos de competencias de la alianza con Noruega.',
		pt: 'Coordena a partir de Abidjan o trabalho da OIT nos seus Estados-membros africanos, incluindo os projetos de competências da parceria com a Noruega.'
	}),
	regionalOffice('ilo-ro-arab-states', 'ILO Regional Office for Arab States', 'LB', 'Beirut', 33.8938, 35.5018, {
		en: 'The ILO’s office in Beirut for the Arab States; Lebanon is one of the six countries of the skills partnership with Norway.',
		fr: 'Bureau de l’OIT à Beyrouth pour les États arabes ; le Liban est l’un des six pays du partenariat avec la Norvège sur les compétences.',
		es: 'Oficina de la OIT en Beirut para los Estados árabes; el Líbano es uno de los seis países de la alianza con Noruega sobre competencias.',
		pt: 'Escritório da OIT em Beirute para os Estados Árabes; o Líbano é um dos seis países da parceria com a Noruega sobre competências.'
	}),
	regionalOffice('ilo-ro-latin-america', 'ILO Regional Office for Latin America and the Caribbean', 'PE', 'Lima', -12.0464, -77.0428, {
		en: 'The ILO’s regional office in Lima; ILO/Cinterfor plans its training projects together with it so that they fit ILO priorities in the region.',
		fr: 'Bureau régional de l’OIT à Lima ; ILO/Cinterfor prépare avec lui ses projets de formation pour qu’ils s’accordent aux priorités de l’OIT dans la région.',
		es: 'Oficina regional de la OIT en Lima; OIT/Cinterfor coordina con ella sus proyectos de formación para que respondan a las prioridades de la OIT en la región.',
		pt: 'Escritório regional da OIT em Lima; a OIT/Cinterfor coordena com ele os seus projetos de formação para que respondam às prioridades da OIT na região.'
	}),
	regionalOffice('ilo-ro-asia-pacific', 'ILO Regional Office for Asia and the Pacific', 'TH', 'Bangkok', 13.7563, 100.5018, {
		en: 'Runs ILO work across Asia and the Pacific from Bangkok, including apprenticeship and skills recognition projects.',
		fr: 'Conduit depuis Bangkok l’action de l’OIT en Asie et dans le Pacifique, notamment des projets d’apprentissage et de reconnaissance des compétences.',
		es: 'Dirige desde Bangkok la labor de la OIT en Asia y el Pacífico, entre otros proyectos de aprendizaje y de reconocimiento de competencias.',
		pt: 'Dirige a partir de Banguecoque o trabalho da OIT na Ásia e no Pacífico, incluindo projetos de aprendizagem e de reconhecimento de competências.'
	}),
	{
		demoId: 'ilo-norway-partnership',
		name: 'ILO–Norway partnership on skills and lifelong learning',
		type: 'network',
		languages: ['en', 'fr'],
		categories: ['4', '5', '6'],
		targetGroups: ['women', 'youth', 'persons-with-disabilities'],
		extra: { kind: 'programme', countries: ['ET', 'GH', 'LB', 'MW', 'SN', 'TZ'], period: '2022-23', iloOutcome: 'Outcome 5 (skills and lifelong learning)' },
		description: {
			en: 'A lightly earmarked Norwegian contribution to ILO development cooperation on skills and lifelong learning in Ethiopia, Ghana, Lebanon, Malawi, Senegal and Tanzania. It backs better forecasting of skills needs, wider access to learning, stronger skills governance and financing, and a shared knowledge base, with vulnerable groups in mind.',
			fr: 'Contribution norvégienne faiblement affectée à la coopération de l’OIT sur les compétences et l’apprentissage tout au long de la vie en Éthiopie, au Ghana, au Liban, au Malawi, au Sénégal et en Tanzanie : anticipation des besoins, accès élargi à la formation, gouvernance et financement renforcés, base de connaissances commune.',
			es: 'Aporte noruego poco asignado a la cooperación de la OIT sobre competencias y aprendizaje permanente en Etiopía, Ghana, el Líbano, Malawi, Senegal y Tanzania: anticipación de necesidades, más acceso a la formación, mejor gobernanza y financiación, y una base de conocimiento común.',
			pt: 'Contribuição norueguesa pouco consignada à cooperação da OIT em competências e aprendizagem ao longo da vida na Etiópia, no Gana, no Líbano, no Malawi, no Senegal e na Tanzânia: antecipação de necessidades, mais acesso à formação, melhor governação e financiamento, e uma base de conhecimento comum.'
		}
	},
	{
		demoId: 'government-of-norway',
		name: 'Government of Norway',
		otherNames: ['Norway'],
		type: 'government',
		country: 'NO', city: 'Oslo', latitude: 59.9139, longitude: 10.7522,
		languages: ['en'],
		categories: ['5'],
		description: {
			en: 'The Norwegian government, a donor to ILO development cooperation. Its partnership agreement with the ILO finances skills and lifelong learning work in six countries of Africa and the Arab States.',
			fr: 'Le gouvernement norvégien, bailleur de la coopération au développement de l’OIT. Son accord de partenariat avec l’OIT finance des travaux sur les compétences dans six pays d’Afrique et des États arabes.'
		}
	},
	vetInstitution('senai', 'SENAI – Serviço Nacional de Aprendizagem Industrial', 'BR', 'Brasília', -15.7939, -47.8828, ['pt'], 1942, {
		en: 'Brazil’s national industrial apprenticeship service, run by the industry federations: one of the largest vocational training networks in Latin America, from apprenticeships to technical courses and technology services.',
		pt: 'Serviço nacional de aprendizagem industrial do Brasil, mantido pelo sistema das federações da indústria: uma das maiores redes de formação profissional da América Latina, da aprendizagem aos cursos técnicos e serviços tecnológicos.'
	}),
	vetInstitution('sena', 'SENA – Servicio Nacional de Aprendizaje', 'CO', 'Bogotá', 4.711, -74.0721, ['es'], 1957, {
		en: 'Colombia’s public training service, offering free technical and vocational programmes, apprenticeship contracts and employment services across the country.',
		es: 'Servicio público de formación de Colombia, con programas técnicos y tecnológicos gratuitos, contratos de aprendizaje y servicios de empleo en todo el país.'
	}),
	vetInstitution('ina', 'INA – Instituto Nacional de Aprendizaje', 'CR', 'San José', 9.9281, -84.0907, ['es'], 1965, {
		en: 'Costa Rica’s national training institute, providing free vocational courses and the certification of workers’ competences.',
		es: 'Instituto nacional de formación de Costa Rica, que ofrece cursos de formación profesional gratuitos y certifica las competencias de las personas trabajadoras.'
	}),
	vetInstitution('senati', 'SENATI – Servicio Nacional de Adiestramiento en Trabajo Industrial', 'PE', 'Lima', -12.0464, -77.0428, ['es'], 1961, {
		en: 'Peru’s industrial training service, created at the request of industry and known for dual training that alternates classes with work in companies.',
		es: 'Servicio de formación industrial del Perú, creado a pedido de la industria y conocido por su formación dual, que alterna aulas y trabajo en empresas.'
	}),
	vetInstitution('infotep', 'INFOTEP – Instituto Nacional de Formación Técnico Profesional', 'DO', 'Santo Domingo', 18.4861, -69.9312, ['es'], 1980, {
		en: 'The Dominican Republic’s national institute for technical and vocational training, governed by government, employers and workers together.',
		es: 'Instituto nacional de formación técnico profesional de la República Dominicana, dirigido en conjunto por gobierno, empleadores y trabajadores.'
	}),
	vetInstitution('heart-nsta', 'HEART/NSTA Trust', 'JM', 'Kingston', 17.9712, -76.7936, ['en'], 1982, {
		en: 'Jamaica’s national training agency, in charge of workforce training, assessment and certification.',
		es: 'Agencia nacional de formación de Jamaica, a cargo de la capacitación, la evaluación y la certificación de la fuerza laboral.'
	}),
	integrationBody('mercosur', 'Southern Common Market (MERCOSUR)', ['MERCOSUL'], 'UY', 'Montevideo', -34.9011, -56.1645, ['es', 'pt'], {
		en: 'South American integration process with its secretariat in Montevideo. Its work on mobility of workers and mutual recognition of qualifications matters for regional qualifications frameworks.',
		es: 'Proceso de integración sudamericano con secretaría en Montevideo. Su trabajo sobre movilidad de trabajadores y reconocimiento mutuo de cualificaciones importa para los marcos regionales de cualificaciones.',
		pt: 'Processo de integração sul-americano com secretaria em Montevidéu. O seu trabalho sobre mobilidade de trabalhadores e reconhecimento mútuo de qualificações conta para os quadros regionais de qualificações.'
	}),
	integrationBody('caricom', 'Caribbean Community (CARICOM)', ['CARICOM'], 'GY', 'Georgetown', 6.8013, -58.1551, ['en', 'fr', 'nl'], {
		en: 'Caribbean integration body with its secretariat in Georgetown; free movement of skilled nationals makes common recognition of qualifications a shared concern.',
		fr: 'Organisation d’intégration caribéenne dont le secrétariat est à Georgetown ; la libre circulation des ressortissants qualifiés fait de la reconnaissance des qualifications un enjeu commun.'
	}),
	integrationBody('can', 'Andean Community (CAN)', ['Comunidad Andina'], 'PE', 'Lima', -12.0464, -77.0428, ['es'], {
		en: 'Andean integration body headquartered in Lima, one of the regional processes in which ILO/Cinterfor follows qualifications frameworks.',
		es: 'Organismo de integración andino con sede en Lima, uno de los procesos regionales en los que OIT/Cinterfor sigue los marcos de cualificaciones.'
	}),
	integrationBody('sica', 'Central American Integration System (SICA)', ['Sistema de la Integración Centroamericana'], 'SV', 'San Salvador', 13.6929, -89.2182, ['es'], {
		en: 'Central American integration system whose general secretariat sits in San Salvador; its members work towards comparable job profiles and certifications.',
		es: 'Sistema de integración centroamericano con secretaría general en San Salvador; sus miembros avanzan hacia perfiles ocupacionales y certificaciones comparables.'
	})
];

function regionalOffice(demoId: string, name: string, country: string, city: string, latitude: number, longitude: number, description: Record<string, string>): DemoActor {
	return {
		demoId, name, type: 'international-organisation', country, city, latitude, longitude,
		languages: ['en', 'fr', 'es'], categories: ['1', '2', '5', '6'], targetGroups: ['youth', 'women'], description
	};
}

function vetInstitution(
	demoId: string, name: string, country: string, city: string, latitude: number, longitude: number,
	languages: string[], foundedYear: number, description: Record<string, string>
): DemoActor {
	const [shortName] = name.split(' – ');
	return {
		demoId, name, otherNames: [shortName], type: 'vet-provider', country, city, latitude, longitude, languages, foundedYear,
		categories: ['1', '2', '6'], targetGroups: ['youth', 'unemployed-adults', 'low-skilled-workers'], sectors: ['vocational training'], description
	};
}

function integrationBody(
	demoId: string, name: string, otherNames: string[], country: string, city: string, latitude: number, longitude: number,
	languages: string[], description: Record<string, string>
): DemoActor {
	return { demoId, name, otherNames, type: 'international-organisation', country, city, latitude, longitude, languages, categories: ['2', '5'], targetGroups: ['migrants'], description };
}
