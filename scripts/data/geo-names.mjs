/**
 * Names English news uses for countries and cities that the packages do not carry, curated by
 * hand: short forms, acronyms, former names, exonyms and transliterations. Names only; no number
 * lives here. Read by import-geo.mjs.
 */

/** Extra aliases per country (ISO 3166-1 alpha-2). */
export const COUNTRY_ALIASES = {
  US: ["U.S.", "US", "USA", "U.S.A.", "America", "United States of America", "United States"],
  GB: ["UK", "U.K.", "Britain", "Great Britain", "United Kingdom of Great Britain and Northern Ireland"],
  AE: ["UAE", "U.A.E.", "Emirates"],
  CD: ["DRC", "Democratic Republic of the Congo", "Democratic Republic of Congo", "Congo-Kinshasa", "Congo", "Zaire"],
  CG: ["Congo-Brazzaville", "Republic of Congo", "Congo"],
  CN: ["People's Republic of China", "PRC", "mainland China"],
  TW: ["Republic of China"],
  KR: ["Republic of Korea", "ROK", "Korea"],
  KP: ["DPRK", "Democratic People's Republic of Korea"],
  RU: ["Russian Federation"],
  IR: ["Islamic Republic of Iran"],
  SY: ["Syrian Arab Republic"],
  LA: ["Lao PDR"],
  VN: ["Viet Nam"],
  SA: ["Kingdom of Saudi Arabia", "KSA"],
  NL: ["the Netherlands", "Holland"],
  BS: ["The Bahamas"],
  GM: ["The Gambia"],
  CZ: ["Czech Republic"],
  SK: ["Slovak Republic"],
  KG: ["Kyrgyz Republic"],
  MD: ["Republic of Moldova"],
  MK: ["Macedonia"],
  SZ: ["Swaziland"],
  MM: ["Burma"],
  CV: ["Cabo Verde"],
  CI: ["Côte d'Ivoire", "Cote d'Ivoire", "Côte d’Ivoire"],
  TL: ["East Timor"],
  VA: ["Vatican", "Holy See"],
  PS: ["State of Palestine", "Palestinian territories", "Occupied Palestinian Territories"],
  BA: ["Bosnia"],
  TT: ["Trinidad"],
  AG: ["Antigua"],
  KN: ["St Kitts and Nevis", "St. Kitts and Nevis"],
  VC: ["St Vincent and the Grenadines", "St. Vincent and the Grenadines"],
  LC: ["St Lucia", "St. Lucia"],
  ST: ["Sao Tome and Principe"],
  FM: ["Federated States of Micronesia", "Micronesia"],
  TR: ["Türkiye", "Turkiye", "Republic of Türkiye"],
  XK: ["Republic of Kosovo"],
  VI: ["U.S. Virgin Islands", "US Virgin Islands", "Virgin Islands"],
  VG: ["Virgin Islands"],
  MF: ["St. Martin", "Saint Martin"],
  SX: ["Saint Martin"],
  BQ: ["Bonaire"],
};

/**
 * Aliases that are also common words, people, rivers or other places: the recognizer asks for
 * context before linking them.
 */
export const COUNTRY_AMBIGUOUS = {
  GE: ["Georgia"], JO: ["Jordan"], TD: ["Chad"], TR: ["Turkey"], GN: ["Guinea"], NE: ["Niger"],
  CL: ["Chile"], JE: ["Jersey"], GG: ["Guernsey"], US: ["America"], CD: ["Congo"], CG: ["Congo"],
  KR: ["Korea"], MK: ["Macedonia"], NL: ["Holland"], RE: ["Réunion", "Reunion"], FM: ["Micronesia"],
  VI: ["Virgin Islands"], VG: ["Virgin Islands"], MF: ["Saint Martin"], SX: ["Saint Martin"],
  AE: ["Emirates"], TW: ["Republic of China"], };

/** The name a card should show when the package's common name is not what English news writes. */
export const COUNTRY_NAME = { TR: "Turkey" };

/** Demonyms beyond the package's adjective: plural nouns and common forms ("Britons", "Swiss"). */
export const DEMONYMS = {
  US: ["American", "Americans"], GB: ["British", "Briton", "Britons", "Brits"],
  NL: ["Dutch", "Dutchman", "Dutchmen"], PH: ["Filipino", "Filipinos", "Filipina"], CH: ["Swiss"],
  TR: ["Turkish", "Turk", "Turks"], DK: ["Danish", "Dane", "Danes"], FI: ["Finnish", "Finn", "Finns"],
  SE: ["Swedish", "Swede", "Swedes"], PL: ["Polish", "Pole", "Poles"], ES: ["Spanish", "Spaniard", "Spaniards"],
  IE: ["Irish", "Irishman"], FR: ["French", "Frenchman", "Frenchmen"], NZ: ["New Zealander", "New Zealanders", "Kiwi", "Kiwis"],
  KG: ["Kyrgyz", "Kyrgyzstani"], TJ: ["Tajik", "Tajiks"], MV: ["Maldivian", "Maldivians"],
  CV: ["Cape Verdean", "Cape Verdeans"], IS: ["Icelandic", "Icelander", "Icelanders"], SA: ["Saudi", "Saudis", "Saudi Arabian"],
  DJ: ["Djiboutian", "Djiboutians"], KZ: ["Kazakh", "Kazakhs", "Kazakhstani", "Kazakhstanis"],
  UZ: ["Uzbek", "Uzbeks", "Uzbekistani"], RS: ["Serbian", "Serb", "Serbs"], HR: ["Croatian", "Croat", "Croats"],
  BA: ["Bosnian", "Bosnians"], SI: ["Slovenian", "Slovene", "Slovenes", "Slovenians"], SK: ["Slovak", "Slovaks"],
  CZ: ["Czech", "Czechs"], AF: ["Afghan", "Afghans"], TH: ["Thai", "Thais"], GR: ["Greek", "Greeks"],
  BW: ["Motswana", "Batswana"], LS: ["Mosotho", "Basotho"], MM: ["Burmese"], KP: ["North Korean", "North Koreans"],
  KR: ["South Korean", "South Koreans", "Korean", "Koreans"], PS: ["Palestinian", "Palestinians"],
  NE: ["Nigerien", "Nigeriens"], CD: ["Congolese"], CG: ["Congolese"], LV: ["Latvian", "Latvians"],
  EC: ["Ecuadorian", "Ecuadorians"], AR: ["Argentine", "Argentines", "Argentinian", "Argentinians"],
  GE: ["Georgian", "Georgians"], JO: ["Jordanian", "Jordanians"], TD: ["Chadian", "Chadians"],
  SC: ["Seychellois"], LU: ["Luxembourger", "Luxembourgers", "Luxembourgish"], MC: ["Monegasque", "Monegasques"],
  TW: ["Taiwanese"], HK: ["Hong Konger", "Hong Kongers"], BH: ["Bahraini", "Bahrainis"],
};

/**
 * City names as English news writes them, keyed by "<country>:<GeoNames name>": `name` replaces the package's name
 * (which becomes an alias), `aliases` adds exonyms, former names and transliterations, `ambiguous`
 * marks aliases that name something else as often; `subtype` and `description` correct what the
 * GeoNames feature code suggests (New York's boroughs are not cities).
 */
export const CITY_NAMES = {
  "UA:Kyiv": { aliases: ["Kiev"] },
  "KZ:Nur-Sultan": { name: "Astana", aliases: ["Nur-Sultan", "Akmola"] },
  "UA:Odessa": { name: "Odesa", aliases: ["Odessa"] },
  "UA:Zaporizhia": { name: "Zaporizhzhia", aliases: ["Zaporizhia", "Zaporozhye"] },
  "UA:Mykolayiv": { name: "Mykolaiv", aliases: ["Mykolayiv", "Nikolaev"] },
  "UA:Dnipro": { aliases: ["Dnipropetrovsk", "Dnepr"] },
  "UA:Kharkiv": { aliases: ["Kharkov"] },
  "UA:Lviv": { aliases: ["Lvov", "Lwów"] },
  "DE:Köln": { name: "Cologne", aliases: ["Köln"] },
  "DE:Nürnberg": { name: "Nuremberg", aliases: ["Nürnberg"] },
  "BE:Antwerpen": { name: "Antwerp", aliases: ["Antwerpen"] },
  "SE:Göteborg": { name: "Gothenburg", aliases: ["Göteborg"] },
  "ES:Sevilla": { name: "Seville", aliases: ["Sevilla"] },
  "GR:Thessaloníki": { name: "Thessaloniki", aliases: ["Thessaloníki", "Salonika"] },
  "DE:Frankfurt am Main": { aliases: ["Frankfurt"] },
  "DE:Hannover": { aliases: ["Hanover"] },
  "IN:Bengaluru": { aliases: ["Bangalore"] },
  "IN:Chennai": { aliases: ["Madras"] },
  "IN:Mumbai": { aliases: ["Bombay"] },
  "IN:Kolkata": { aliases: ["Calcutta"] },
  "VN:Ho Chi Minh City": { aliases: ["Saigon", "HCMC"] },
  "MM:Yangon": { aliases: ["Rangoon"] },
  "CN:Beijing": { aliases: ["Peking"] },
  "MN:Ulan Bator": { name: "Ulaanbaatar", aliases: ["Ulan Bator"] },
  "MD:Chisinau": { name: "Chișinău", aliases: ["Chisinau", "Kishinev"] },
  "MM:Nay Pyi Taw": { name: "Naypyidaw", aliases: ["Nay Pyi Taw", "Naypyitaw"] },
  "MV:Male": { name: "Malé", aliases: ["Male"], ambiguous: ["Male", "Malé"] },
  "SA:Mecca": { aliases: ["Makkah"] },
  "RU:Rostov-na-Donu": { name: "Rostov-on-Don", aliases: ["Rostov-na-Donu", "Rostov"] },
  "RU:Nizhniy Novgorod": { name: "Nizhny Novgorod", aliases: ["Nizhniy Novgorod"] },
  "RU:Tol’yatti": { name: "Tolyatti", aliases: ["Tol’yatti", "Togliatti"] },
  "RU:Arkhangel’sk": { name: "Arkhangelsk", aliases: ["Arkhangel’sk", "Archangel"] },
  "RU:Stavropol’": { name: "Stavropol", aliases: ["Stavropol’"] },
  "RU:Ryazan’": { name: "Ryazan", aliases: ["Ryazan’"] },
  "RU:Nal’chik": { name: "Nalchik", aliases: ["Nal’chik"] },
  "RU:Orël": { name: "Oryol", aliases: ["Orël", "Orel"] },
  "BY:Homyel'": { name: "Gomel", aliases: ["Homyel'", "Homel"] },
  "BY:Mahilyow": { name: "Mogilev", aliases: ["Mahilyow", "Mogilyov"] },
  "BY:Hrodna": { name: "Grodno", aliases: ["Hrodna"] },
  "US:Washington, D.C.": { aliases: ["Washington DC", "Washington D.C.", "D.C.", "Washington"], ambiguous: ["Washington"] },
  "US:New York City": { aliases: ["New York", "NYC"] },
  "US:Los Angeles": { aliases: ["L.A."] },
  "BR:Rio de Janeiro": { aliases: ["Rio"] },
  "MX:Mexico City": { aliases: ["CDMX", "Ciudad de México"] },
  "MX:Juárez": { aliases: ["Ciudad Juárez", "Ciudad Juarez"] },
  "NL:The Hague": { aliases: ["Den Haag"] },
  "AT:Vienna": { aliases: ["Wien"] },
  "CZ:Prague": { aliases: ["Praha"] },
  "IT:Milan": { aliases: ["Milano"] },
  "IT:Naples": { aliases: ["Napoli"] },
  "IT:Turin": { aliases: ["Torino"] },
  "PT:Lisbon": { aliases: ["Lisboa"] },
  "BE:Brussels": { aliases: ["Bruxelles", "Brussel"] },
  "DK:Copenhagen": { aliases: ["København"] },
  "CN:Guangzhou": { aliases: ["Canton"], ambiguous: ["Canton"] },
  "KZ:Almaty": { aliases: ["Alma-Ata"] },
  "ZA:Johannesburg": { aliases: ["Joburg", "Jozi"] },
  "SA:Jeddah": { aliases: ["Jiddah", "Jidda"] },
  "DE:Munich": { aliases: ["München"] },
  "FM:Palikir - National Government Center": { name: "Palikir" },
  "US:Manhattan": { subtype: "district", description: "Borough of New York City" },
  "US:Brooklyn": { subtype: "district", description: "Borough of New York City" },
  "US:Queens": { subtype: "district", description: "Borough of New York City" },
  "US:The Bronx": { subtype: "district", description: "Borough of New York City", aliases: ["Bronx"] },
  "US:Staten Island": { subtype: "district", description: "Borough of New York City" },
  "PS:East Jerusalem": { description: "Eastern part of Jerusalem, occupied by Israel since 1967" },
  // Arabic names as GeoNames transliterates them, and the spelling English news uses.
  "YE:Al Ḩudaydah": { name: "Hodeidah", aliases: ["Al Hudaydah", "Hudaydah"] },
  "YE:Ta‘izz": { name: "Taiz", aliases: ["Ta'izz"] },
  "SY:Ḩamāh": { name: "Hama", aliases: ["Hamah"] },
  "IQ:Basrah": { aliases: ["Basra"] },
  "IQ:As Sulaymānīyah": { name: "Sulaymaniyah", aliases: ["Sulaimaniyah", "Slemani"] },
  "IQ:Ad Dīwānīyah": { name: "Diwaniyah" },
  "IQ:Al Kūt": { name: "Kut" },
  "IQ:Dihok": { name: "Duhok", aliases: ["Dohuk"] },
  "IQ:Al ‘Amārah": { name: "Amarah" },
  "LY:Mişrātah": { name: "Misrata", aliases: ["Misurata"] },
  "EG:Al Manşūrah": { name: "Mansoura" },
  "EG:Asyūţ": { name: "Asyut", aliases: ["Assiut"] },
  "EG:Al Fayyūm": { name: "Faiyum", aliases: ["Fayoum"] },
  "QA:Ar Rayyān": { name: "Al Rayyan" },
  "SA:Ta’if": { name: "Taif" },
  // Smaller places included for their prominence in world news (PROMINENT_PLACES below).
  "PS:Rafaḩ": { name: "Rafah" },
  "PS:Khān Yūnis": { name: "Khan Younis", aliases: ["Khan Yunis"] },
  "PS:Jabālyā": { name: "Jabalia", aliases: ["Jabaliya"] },
  "PS:Dayr al Balaḩ": { name: "Deir al-Balah" },
  "UA:Lysychans’k": { name: "Lysychansk" },
  "UA:Kramators’k": { name: "Kramatorsk" },
  "UA:Energodar": { name: "Enerhodar" },
  "UA:Avdiyivka": { name: "Avdiivka", aliases: ["Avdiyivka"] },
  "CH:Genève": { name: "Geneva", aliases: ["Genève", "Genf"] },
  "SY:Ar Raqqah": { name: "Raqqa", aliases: ["Raqqah"] },
  "SY:‘Ayn al ‘Arab": { name: "Kobani", aliases: ["Kobanî", "Ayn al-Arab"] },
  "SY:Dar‘ā": { name: "Daraa", aliases: ["Dara'a"] },
  "IQ:Al Fallūjah": { name: "Fallujah" },
  "IQ:Tikrīt": { name: "Tikrit" },
  "IQ:Sinjār": { name: "Sinjar" },
  "YE:Ma'rib": { name: "Marib" },
  "AF:Jalālābād": { name: "Jalalabad" },
  "AZ:Xankandi": { name: "Khankendi", aliases: ["Stepanakert", "Xankändi"] },
  "PH:Marawi City": { name: "Marawi" },
  "ET:Mek'ele": { name: "Mekelle", aliases: ["Mekele"] },
  "CA:Montréal": { name: "Montreal", aliases: ["Montréal"] },
  "CA:Québec": { name: "Quebec City", aliases: ["Québec City", "Québec", "Quebec"], ambiguous: ["Québec", "Quebec"] },
  "PA:Panamá": { name: "Panama City", aliases: ["Panamá"], ambiguous: ["Panamá"] },
  "PS:Gaza": { name: "Gaza City", aliases: ["Gaza"], ambiguous: ["Gaza"] },
  "PL:Kraków": { aliases: ["Krakow", "Cracow"] },
  "HK:Hong Kong": { aliases: ["Hong Kong Island"] },
  "GB:London": { aliases: ["Greater London"] },
  "IL:Tel Aviv": { aliases: ["Tel Aviv-Yafo"] },
  "YE:Sanaa": { aliases: ["Sana'a", "Sana’a"] },
  "RU:Saint Petersburg": { aliases: ["St Petersburg", "St. Petersburg", "Petersburg", "Leningrad"] },
};

/**
 * City names that are also common English words, first names or surnames, companies or other
 * better-known things: linking them needs context. Matched on the city's display name.
 */
export const CITY_AMBIGUOUS = new Set([
  "Nice", "Reading", "Sale", "Van", "Batman", "Toyota", "Derby", "Buffalo", "Surrey", "Durham", "Mesa",
  "Aurora", "Austin", "Lincoln", "Florence", "Victoria", "Charlotte", "Hamilton", "Henderson", "Chandler",
  "Irvine", "Laval", "Markham", "Preston", "Stockton", "Cleveland", "Columbus", "Raleigh", "Douglas",
  "Stanley", "Salvador", "Medina", "Trujillo", "Yao", "Takeo", "Orlando", "Bradford", "Halifax",
  "Windsor", "Jamestown", "The Valley", "West Island", "Natal", "Sari", "Serra",
  "Tanda", "Teni", "Singa", "Guli", "Nangi", "Santol", "Meads", "Gaya", "Kota", "Latina", "Libertad",
  "Soledad", "Paraná", "Santa Fe", "Kirov", "Vladimir", "Perm", "Kurgan", "Armenia", "Georgetown",
  "Plymouth", "Newport", "Lexington-Fayette", "Mobile",
  "Split", "Bath", "Of", "Richmond",
  "Sector 2", "Sector 3", "Sector 4", "Sector 5", "Sector 6", "Delta", "Minato", "Chaoyang", "Shengli",
  "Jackson", "Madison", "Marion", "Salem", "Arlington", "Franca", "Guadalupe", "San Pedro",
  "San Fernando", "San Juan", "Santa Ana", "Santa Clara", "Portland", "Concord", "Carrefour", "Masina", "Eixample", "Barinas",
  "Ironville", "Marienthal", "Woodlands", "Okanagan", "Pasragad Branch",
  // Boroughs and towns named after people: the person is meant as often as the place.
  "Benito Juárez", "Benito Juarez", "Gustavo Adolfo Madero", "Miguel Hidalgo", "Venustiano Carranza",
  "Álvaro Obregón", "Cuauhtémoc", "Nicolás Romero", "Lal Bahadur Nagar",
  // Smaller prominent places that are also words or names.
  "Tyre", "Gao", "Salisbury", "Oxford", "Cambridge", "Uman", "Douma", "Brent", "Rohini", "Queens",
]);

/**
 * Places under the 250,000 threshold that world news names often (battles, summits, disasters,
 * seats of institutions): included whatever their population. Keyed "<country>:<GeoNames name>".
 */
export const PROMINENT_PLACES = [
  "PS:Rafaḩ", "PS:Khān Yūnis", "PS:Jabālyā", "PS:Dayr al Balaḩ", "PS:Hebron", "PS:Nablus", "PS:Ramallah", "PS:Bethlehem", "PS:Jericho",
  "UA:Bakhmut", "UA:Bucha", "UA:Irpin", "UA:Sloviansk", "UA:Pokrovsk", "UA:Chasiv Yar", "UA:Uman", "UA:Melitopol", "UA:Berdyansk",
  "UA:Nova Kakhovka", "UA:Lysychans’k", "UA:Kramators’k", "UA:Energodar", "UA:Avdiyivka",
  "RU:Sudzha", "CH:Davos", "CH:Genève", "CH:Lausanne", "CH:Basel",
  "SY:Ar Raqqah", "SY:Idlib", "SY:Manbij", "SY:‘Ayn al ‘Arab", "SY:Douma", "SY:Dar‘ā",
  "IQ:Al Fallūjah", "IQ:Tikrīt", "IQ:Sinjār", "IL:Ashkelon", "IL:Ashdod", "IL:Eilat", "IL:Nazareth", "IL:Beersheba",
  "LB:Tyre", "LB:Sidon", "LB:Baalbek", "YE:Ma'rib", "AF:Kunduz", "AF:Jalālābād", "GE:Batumi", "AZ:Xankandi",
  "BA:Srebrenica", "BA:Mostar", "ML:Kidal", "ML:Timbuktu", "ML:Gao", "ML:Mopti", "NE:Agadez", "PH:Marawi City",
  "GB:Salisbury", "GB:Oxford", "GB:Cambridge", "CD:Goma", "CD:Bukavu", "SD:Geneina", "ET:Mek'ele",
  "US:Palm Beach", "US:Uvalde", "US:Charlottesville", "US:Kenosha",
];

/**
 * Adjectives and nouns for the people of divisions and regions that news uses as nationalities
 * ("Scottish", "Texan", "Catalan"), keyed by entry id; `ambiguous` lists those that also name a
 * language or another group.
 */
export const PLACE_DEMONYMS = {
  "gloss:div-GB-england": { demonyms: ["English", "Englishman", "Englishmen", "Englishwoman"], ambiguous: ["English"] },
  "gloss:div-GB-scotland": { demonyms: ["Scottish", "Scot", "Scots"] },
  "gloss:div-GB-wales": { demonyms: ["Welsh"], ambiguous: ["Welsh"] },
  "gloss:div-GB-northern-ireland": { demonyms: ["Northern Irish"] },
  "gloss:div-US-TX": { demonyms: ["Texan", "Texans"] },
  "gloss:div-US-CA": { demonyms: ["Californian", "Californians"] },
  "gloss:div-US-FL": { demonyms: ["Floridian", "Floridians"] },
  "gloss:div-US-HI": { demonyms: ["Hawaiian", "Hawaiians"] },
  "gloss:div-US-AK": { demonyms: ["Alaskan", "Alaskans"] },
  "gloss:div-CA-QC": { demonyms: ["Quebecer", "Quebecers", "Québécois"] },
  "gloss:div-CA-AB": { demonyms: ["Albertan", "Albertans"] },
  "gloss:div-ES-catalonia": { demonyms: ["Catalan", "Catalans"], ambiguous: ["Catalan"] },
  "gloss:div-ES-basque-country": { demonyms: ["Basque", "Basques"], ambiguous: ["Basque"] },
  "gloss:div-RU-chechnya": { demonyms: ["Chechen", "Chechens"] },
  "gloss:div-RU-dagestan": { demonyms: ["Dagestani", "Dagestanis"] },
  "gloss:div-UA-crimea": { demonyms: ["Crimean"] },
  "gloss:div-CN-tibet": { demonyms: ["Tibetan", "Tibetans"] },
  "gloss:region-kashmir": { demonyms: ["Kashmiri", "Kashmiris"] },
  "gloss:region-kurdistan": { demonyms: ["Kurdish", "Kurd", "Kurds"] },
  "gloss:div-IT-sicily": { demonyms: ["Sicilian", "Sicilians"] },
  "gloss:div-FR-corsica": { demonyms: ["Corsican", "Corsicans"] },
  "gloss:div-IN-punjab": { demonyms: ["Punjabi", "Punjabis"], ambiguous: ["Punjabi", "Punjabis"] },
};
