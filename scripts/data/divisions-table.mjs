/**
 * First-level divisions of the largest countries, curated by hand: names and the spellings English
 * news uses, nothing numeric (a number would need a real source). One line per division:
 *   subtype | key | name | aliases (;-separated) | ambiguous aliases (;-separated)
 * `key` is the ISO/postal code where it is the everyday code (US, CA, AU, BR), otherwise a slug;
 * the entry id is `gloss:div-<country>-<key>`. An ambiguous alias is one that names something else
 * as often (a country, a city, a person) and needs context before linking.
 */
export const DIVISIONS = {
  US: `
state|AL|Alabama||
state|AK|Alaska||
state|AZ|Arizona||
state|AR|Arkansas||
state|CA|California||
state|CO|Colorado||
state|CT|Connecticut||
state|DE|Delaware||
state|FL|Florida||
state|GA|Georgia|Georgia state|Georgia
state|HI|Hawaii|Hawai'i|
state|ID|Idaho||
state|IL|Illinois||
state|IN|Indiana||
state|IA|Iowa||
state|KS|Kansas||
state|KY|Kentucky||
state|LA|Louisiana||
state|ME|Maine||
state|MD|Maryland||
state|MA|Massachusetts||
state|MI|Michigan||
state|MN|Minnesota||
state|MS|Mississippi||Mississippi
state|MO|Missouri||
state|MT|Montana||Montana
state|NE|Nebraska||
state|NV|Nevada||
state|NH|New Hampshire||
state|NJ|New Jersey||
state|NM|New Mexico||
state|NY|New York|New York State;New York state|New York
state|NC|North Carolina||
state|ND|North Dakota||
state|OH|Ohio||
state|OK|Oklahoma||
state|OR|Oregon||
state|PA|Pennsylvania||
state|RI|Rhode Island||
state|SC|South Carolina||
state|SD|South Dakota||
state|TN|Tennessee||
state|TX|Texas||
state|UT|Utah||
state|VT|Vermont||
state|VA|Virginia||Virginia
state|WA|Washington|Washington State;Washington state|Washington
state|WV|West Virginia||
state|WI|Wisconsin||
state|WY|Wyoming||`,
  CA: `
province|AB|Alberta||
province|BC|British Columbia||
province|MB|Manitoba||
province|NB|New Brunswick||
province|NL|Newfoundland and Labrador|Newfoundland|
province|NS|Nova Scotia||
province|ON|Ontario||
province|PE|Prince Edward Island||
province|QC|Quebec|Québec|
province|SK|Saskatchewan||
region|NT|Northwest Territories||
region|NU|Nunavut||
region|YT|Yukon||`,
  AU: `
state|NSW|New South Wales||
state|VIC|Victoria|Victoria state|Victoria
state|QLD|Queensland||
state|WA|Western Australia||
state|SA|South Australia||
state|TAS|Tasmania||
region|ACT|Australian Capital Territory||
region|NT|Northern Territory||`,
  IN: `
state|andhra-pradesh|Andhra Pradesh||
state|arunachal-pradesh|Arunachal Pradesh||
state|assam|Assam||
state|bihar|Bihar||
state|chhattisgarh|Chhattisgarh||
state|goa|Goa||
state|gujarat|Gujarat||
state|haryana|Haryana||
state|himachal-pradesh|Himachal Pradesh||
state|jharkhand|Jharkhand||
state|karnataka|Karnataka||
state|kerala|Kerala||
state|madhya-pradesh|Madhya Pradesh||
state|maharashtra|Maharashtra||
state|manipur|Manipur||
state|meghalaya|Meghalaya||
state|mizoram|Mizoram||
state|nagaland|Nagaland||
state|odisha|Odisha|Orissa|
state|punjab|Punjab||Punjab
state|rajasthan|Rajasthan||
state|sikkim|Sikkim||
state|tamil-nadu|Tamil Nadu||
state|telangana|Telangana||
state|tripura|Tripura||
state|uttar-pradesh|Uttar Pradesh||
state|uttarakhand|Uttarakhand||
state|west-bengal|West Bengal||
region|andaman-nicobar|Andaman and Nicobar Islands||
region|chandigarh-ut|Union Territory of Chandigarh||
region|dadra-daman-diu|Dadra and Nagar Haveli and Daman and Diu||
region|delhi|National Capital Territory of Delhi|Delhi NCT|
region|jammu-kashmir|Jammu and Kashmir|Jammu & Kashmir|
region|ladakh|Ladakh||
region|lakshadweep|Lakshadweep||
region|puducherry|Puducherry|Pondicherry|`,
  DE: `
state|baden-wurttemberg|Baden-Württemberg|Baden-Wurttemberg|
state|bavaria|Bavaria|Bayern|
state|berlin|State of Berlin||
state|brandenburg|Brandenburg||
state|bremen|Free Hanseatic City of Bremen||
state|hamburg|Free and Hanseatic City of Hamburg||
state|hesse|Hesse|Hessen|
state|lower-saxony|Lower Saxony|Niedersachsen|
state|mecklenburg-vorpommern|Mecklenburg-Vorpommern|Mecklenburg-Western Pomerania|
state|north-rhine-westphalia|North Rhine-Westphalia|Nordrhein-Westfalen;NRW|
state|rhineland-palatinate|Rhineland-Palatinate|Rheinland-Pfalz|
state|saarland|Saarland||
state|saxony|Saxony|Sachsen|
state|saxony-anhalt|Saxony-Anhalt|Sachsen-Anhalt|
state|schleswig-holstein|Schleswig-Holstein||
state|thuringia|Thuringia|Thüringen|`,
  CN: `
province|anhui|Anhui||
province|fujian|Fujian||
province|gansu|Gansu||
province|guangdong|Guangdong||
province|guizhou|Guizhou||
province|hainan|Hainan||
province|hebei|Hebei||
province|heilongjiang|Heilongjiang||
province|henan|Henan||
province|hubei|Hubei||
province|hunan|Hunan||
province|jiangsu|Jiangsu||
province|jiangxi|Jiangxi||
province|jilin|Jilin Province||
province|liaoning|Liaoning||
province|qinghai|Qinghai||
province|shaanxi|Shaanxi||
province|shandong|Shandong||
province|shanxi|Shanxi||
province|sichuan|Sichuan||
province|yunnan|Yunnan||
province|zhejiang|Zhejiang||
region|guangxi|Guangxi|Guangxi Zhuang Autonomous Region|
region|inner-mongolia|Inner Mongolia||
region|ningxia|Ningxia||
region|tibet|Tibet|Tibet Autonomous Region;Xizang|
region|xinjiang|Xinjiang|Xinjiang Uyghur Autonomous Region|
region|beijing|Beijing Municipality||
region|chongqing|Chongqing Municipality||
region|shanghai|Shanghai Municipality||
region|tianjin|Tianjin Municipality||`,
  BR: `
state|AC|Acre||
state|AL|Alagoas||
state|AP|Amapá|Amapa|
state|AM|Amazonas||Amazonas
state|BA|Bahia||
state|CE|Ceará|Ceara|
state|DF|Federal District of Brazil|Distrito Federal|
state|ES|Espírito Santo|Espirito Santo|
state|GO|Goiás|Goias|
state|MA|Maranhão|Maranhao|
state|MT|Mato Grosso||
state|MS|Mato Grosso do Sul||
state|MG|Minas Gerais||
state|PA|Pará|Para|Para
state|PB|Paraíba|Paraiba|
state|PR|Paraná|Parana|
state|PE|Pernambuco||
state|PI|Piauí|Piaui|
state|RJ|Rio de Janeiro State|Rio de Janeiro state|
state|RN|Rio Grande do Norte||
state|RS|Rio Grande do Sul||
state|RO|Rondônia|Rondonia|
state|RR|Roraima||
state|SC|Santa Catarina State||
state|SP|São Paulo State|Sao Paulo state;São Paulo state|
state|SE|Sergipe||
state|TO|Tocantins||`,
  MX: `
state|aguascalientes|Aguascalientes State||
state|baja-california|Baja California||
state|baja-california-sur|Baja California Sur||
state|campeche|Campeche||
state|chiapas|Chiapas||
state|chihuahua|Chihuahua State||
state|coahuila|Coahuila||
state|colima|Colima||
state|durango|Durango||
state|guanajuato|Guanajuato||
state|guerrero|Guerrero||Guerrero
state|hidalgo|Hidalgo||Hidalgo
state|jalisco|Jalisco||
state|mexico-state|State of Mexico|Estado de México;Edomex|
state|michoacan|Michoacán|Michoacan|
state|morelos|Morelos||Morelos
state|nayarit|Nayarit||
state|nuevo-leon|Nuevo León|Nuevo Leon|
state|oaxaca|Oaxaca State||
state|puebla|Puebla State||
state|queretaro|Querétaro|Queretaro|
state|quintana-roo|Quintana Roo||
state|san-luis-potosi|San Luis Potosí State||
state|sinaloa|Sinaloa||
state|sonora|Sonora||
state|tabasco|Tabasco||Tabasco
state|tamaulipas|Tamaulipas||
state|tlaxcala|Tlaxcala||
state|veracruz|Veracruz State||
state|yucatan|Yucatán|Yucatan|
state|zacatecas|Zacatecas||`,
  GB: `
region|england|England||
region|scotland|Scotland||
region|wales|Wales||
region|northern-ireland|Northern Ireland||`,
  JP: `
province|hokkaido|Hokkaido|Hokkaidō|
province|aomori|Aomori Prefecture||
province|iwate|Iwate||
province|miyagi|Miyagi||
province|akita|Akita Prefecture||
province|yamagata|Yamagata Prefecture||
province|fukushima|Fukushima Prefecture||
province|ibaraki|Ibaraki Prefecture||
province|tochigi|Tochigi||
province|gunma|Gunma||
province|saitama|Saitama Prefecture||
province|chiba|Chiba Prefecture||
province|tokyo|Tokyo Metropolis||
province|kanagawa|Kanagawa||
province|niigata|Niigata Prefecture||
province|toyama|Toyama Prefecture||
province|ishikawa|Ishikawa||
province|fukui|Fukui||
province|yamanashi|Yamanashi||
province|nagano|Nagano Prefecture||
province|gifu|Gifu Prefecture||
province|shizuoka|Shizuoka Prefecture||
province|aichi|Aichi||
province|mie|Mie||
province|shiga|Shiga||
province|kyoto|Kyoto Prefecture||
province|osaka|Osaka Prefecture||
province|hyogo|Hyogo|Hyōgo|
province|nara|Nara Prefecture||
province|wakayama|Wakayama Prefecture||
province|tottori|Tottori||
province|shimane|Shimane||
province|okayama|Okayama Prefecture||
province|hiroshima|Hiroshima Prefecture||
province|yamaguchi|Yamaguchi Prefecture||
province|tokushima|Tokushima Prefecture||
province|kagawa|Kagawa||
province|ehime|Ehime||
province|kochi|Kochi Prefecture||
province|fukuoka|Fukuoka Prefecture||
province|saga|Saga Prefecture||
province|nagasaki|Nagasaki Prefecture||
province|kumamoto|Kumamoto Prefecture||
province|oita|Oita Prefecture||
province|miyazaki|Miyazaki Prefecture||
province|kagoshima|Kagoshima Prefecture||
province|okinawa|Okinawa||`,
  UA: `
region|cherkasy-oblast|Cherkasy Oblast||
region|chernihiv-oblast|Chernihiv Oblast||
region|chernivtsi-oblast|Chernivtsi Oblast||
region|dnipropetrovsk-oblast|Dnipropetrovsk Oblast||
region|donetsk-oblast|Donetsk Oblast||
region|ivano-frankivsk-oblast|Ivano-Frankivsk Oblast||
region|kharkiv-oblast|Kharkiv Oblast|Kharkiv region|
region|kherson-oblast|Kherson Oblast|Kherson region|
region|khmelnytskyi-oblast|Khmelnytskyi Oblast||
region|kirovohrad-oblast|Kirovohrad Oblast||
region|kyiv-oblast|Kyiv Oblast|Kyiv region|
region|luhansk-oblast|Luhansk Oblast|Luhansk region|
region|lviv-oblast|Lviv Oblast||
region|mykolaiv-oblast|Mykolaiv Oblast||
region|odesa-oblast|Odesa Oblast||
region|poltava-oblast|Poltava Oblast||
region|rivne-oblast|Rivne Oblast||
region|sumy-oblast|Sumy Oblast|Sumy region|
region|ternopil-oblast|Ternopil Oblast||
region|vinnytsia-oblast|Vinnytsia Oblast||
region|volyn-oblast|Volyn Oblast|Volyn|
region|zakarpattia-oblast|Zakarpattia Oblast|Transcarpathia|
region|zaporizhzhia-oblast|Zaporizhzhia Oblast|Zaporizhzhia region|
region|zhytomyr-oblast|Zhytomyr Oblast||
region|crimea|Crimea|Autonomous Republic of Crimea;Crimean Peninsula|`,
  RU: `
region|adygea|Adygea|Republic of Adygea|
region|altai-republic|Altai Republic||
region|bashkortostan|Bashkortostan||
region|buryatia|Buryatia||
region|chechnya|Chechnya|Chechen Republic|
region|chuvashia|Chuvashia||
region|dagestan|Dagestan||
region|ingushetia|Ingushetia||
region|kabardino-balkaria|Kabardino-Balkaria||
region|kalmykia|Kalmykia||
region|karachay-cherkessia|Karachay-Cherkessia||
region|karelia|Republic of Karelia|Karelia|
region|khakassia|Khakassia||
region|komi|Komi Republic||
region|mari-el|Mari El||
region|mordovia|Mordovia||
region|north-ossetia|North Ossetia–Alania|North Ossetia|
region|sakha|Sakha Republic|Yakutia|
region|tatarstan|Tatarstan||
region|tuva|Tuva||
region|udmurtia|Udmurtia||
region|altai-krai|Altai Krai||
region|kamchatka-krai|Kamchatka Krai|Kamchatka|
region|khabarovsk-krai|Khabarovsk Krai||
region|krasnodar-krai|Krasnodar Krai||
region|krasnoyarsk-krai|Krasnoyarsk Krai||
region|perm-krai|Perm Krai||
region|primorsky-krai|Primorsky Krai|Primorye|
region|stavropol-krai|Stavropol Krai||
region|zabaykalsky-krai|Zabaykalsky Krai||
region|amur-oblast|Amur Oblast||
region|arkhangelsk-oblast|Arkhangelsk Oblast||
region|astrakhan-oblast|Astrakhan Oblast||
region|belgorod-oblast|Belgorod Oblast|Belgorod region|
region|bryansk-oblast|Bryansk Oblast|Bryansk region|
region|chelyabinsk-oblast|Chelyabinsk Oblast||
region|irkutsk-oblast|Irkutsk Oblast||
region|ivanovo-oblast|Ivanovo Oblast||
region|kaliningrad-oblast|Kaliningrad Oblast||
region|kaluga-oblast|Kaluga Oblast||
region|kemerovo-oblast|Kemerovo Oblast|Kuzbass|
region|kirov-oblast|Kirov Oblast||
region|kostroma-oblast|Kostroma Oblast||
region|kurgan-oblast|Kurgan Oblast||
region|kursk-oblast|Kursk Oblast|Kursk region|
region|leningrad-oblast|Leningrad Oblast||
region|lipetsk-oblast|Lipetsk Oblast||
region|magadan-oblast|Magadan Oblast||
region|moscow-oblast|Moscow Oblast|Moscow region|
region|murmansk-oblast|Murmansk Oblast||
region|nizhny-novgorod-oblast|Nizhny Novgorod Oblast||
region|novgorod-oblast|Novgorod Oblast||
region|novosibirsk-oblast|Novosibirsk Oblast||
region|omsk-oblast|Omsk Oblast||
region|orenburg-oblast|Orenburg Oblast||
region|oryol-oblast|Oryol Oblast||
region|penza-oblast|Penza Oblast||
region|pskov-oblast|Pskov Oblast||
region|rostov-oblast|Rostov Oblast||
region|ryazan-oblast|Ryazan Oblast||
region|sakhalin-oblast|Sakhalin Oblast|Sakhalin|
region|samara-oblast|Samara Oblast||
region|saratov-oblast|Saratov Oblast||
region|smolensk-oblast|Smolensk Oblast||
region|sverdlovsk-oblast|Sverdlovsk Oblast||
region|tambov-oblast|Tambov Oblast||
region|tomsk-oblast|Tomsk Oblast||
region|tula-oblast|Tula Oblast||
region|tver-oblast|Tver Oblast||
region|tyumen-oblast|Tyumen Oblast||
region|ulyanovsk-oblast|Ulyanovsk Oblast||
region|vladimir-oblast|Vladimir Oblast||
region|volgograd-oblast|Volgograd Oblast||
region|vologda-oblast|Vologda Oblast||
region|voronezh-oblast|Voronezh Oblast||
region|yaroslavl-oblast|Yaroslavl Oblast||
region|jewish-ao|Jewish Autonomous Oblast||
region|chukotka|Chukotka Autonomous Okrug|Chukotka|
region|khanty-mansi|Khanty-Mansi Autonomous Okrug||
region|nenets|Nenets Autonomous Okrug||
region|yamalo-nenets|Yamalo-Nenets Autonomous Okrug|Yamal|`,
  PK: `
province|punjab-pk|Punjab Province|Punjab, Pakistan|
province|sindh|Sindh||
province|khyber-pakhtunkhwa|Khyber Pakhtunkhwa||
province|balochistan|Balochistan|Baluchistan|
region|islamabad-capital-territory|Islamabad Capital Territory||
region|gilgit-baltistan|Gilgit-Baltistan||
region|azad-kashmir|Azad Kashmir|Azad Jammu and Kashmir|`,
  ZA: `
province|eastern-cape|Eastern Cape||
province|free-state|Free State||
province|gauteng|Gauteng||
province|kwazulu-natal|KwaZulu-Natal||
province|limpopo|Limpopo||
province|mpumalanga|Mpumalanga||
province|north-west|North West Province||
province|northern-cape|Northern Cape||
province|western-cape|Western Cape||`,
  ES: `
region|andalusia|Andalusia|Andalucía|
region|aragon|Aragon|Aragón|
region|asturias|Asturias||
region|balearic-islands|Balearic Islands||
region|basque-country|Basque Country|Euskadi|
region|canary-islands|Canary Islands||
region|cantabria|Cantabria||
region|castile-la-mancha|Castilla–La Mancha|Castile-La Mancha|
region|castile-and-leon|Castile and León|Castilla y León|
region|catalonia|Catalonia|Catalunya|
region|extremadura|Extremadura||
region|galicia|Galicia||Galicia
region|la-rioja|La Rioja||
region|madrid-community|Community of Madrid||
region|murcia-region|Region of Murcia||
region|navarre|Navarre|Navarra|
region|valencian-community|Valencian Community||`,
  IT: `
region|abruzzo|Abruzzo||
region|aosta-valley|Aosta Valley||
region|apulia|Apulia|Puglia|
region|basilicata|Basilicata||
region|calabria|Calabria||
region|campania|Campania||
region|emilia-romagna|Emilia-Romagna||
region|friuli-venezia-giulia|Friuli-Venezia Giulia||
region|lazio|Lazio||
region|liguria|Liguria||
region|lombardy|Lombardy|Lombardia|
region|marche|Marche||
region|molise|Molise||
region|piedmont|Piedmont|Piemonte|
region|sardinia|Sardinia||
region|sicily|Sicily||
region|trentino-alto-adige|Trentino-Alto Adige|South Tyrol|
region|tuscany|Tuscany||
region|umbria|Umbria||
region|veneto|Veneto||`,
  FR: `
region|auvergne-rhone-alpes|Auvergne-Rhône-Alpes||
region|bourgogne-franche-comte|Bourgogne-Franche-Comté||
region|brittany|Brittany|Bretagne|
region|centre-val-de-loire|Centre-Val de Loire||
region|corsica|Corsica||
region|grand-est|Grand Est||
region|hauts-de-france|Hauts-de-France||
region|ile-de-france|Île-de-France|Ile-de-France|
region|normandy|Normandy||
region|nouvelle-aquitaine|Nouvelle-Aquitaine||
region|occitanie|Occitanie|Occitania|
region|pays-de-la-loire|Pays de la Loire||
region|provence-alpes-cote-d-azur|Provence-Alpes-Côte d'Azur|Provence|`,
  NG: `
state|abia-state|Abia State||
state|adamawa-state|Adamawa State||
state|akwa-ibom-state|Akwa Ibom State||
state|anambra-state|Anambra State||
state|bauchi-state|Bauchi State||
state|bayelsa-state|Bayelsa State||
state|benue-state|Benue State||
state|borno-state|Borno State||
state|cross-river-state|Cross River State||
state|delta-state|Delta State||
state|ebonyi-state|Ebonyi State||
state|edo-state|Edo State||
state|ekiti-state|Ekiti State||
state|enugu-state|Enugu State||
state|gombe-state|Gombe State||
state|imo-state|Imo State||
state|jigawa-state|Jigawa State||
state|kaduna-state|Kaduna State||
state|kano-state|Kano State||
state|katsina-state|Katsina State||
state|kebbi-state|Kebbi State||
state|kogi-state|Kogi State||
state|kwara-state|Kwara State||
state|lagos-state|Lagos State||
state|nasarawa-state|Nasarawa State||
state|niger-state|Niger State||
state|ogun-state|Ogun State||
state|ondo-state|Ondo State||
state|osun-state|Osun State||
state|oyo-state|Oyo State||
state|plateau-state|Plateau State||
state|rivers-state|Rivers State||
state|sokoto-state|Sokoto State||
state|taraba-state|Taraba State||
state|yobe-state|Yobe State||
state|zamfara-state|Zamfara State||
region|fct-abuja|Federal Capital Territory|FCT|`,
};
