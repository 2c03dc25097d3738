// Named places that locate an event without a city name: regions that imply their country,
// and well-known residences, palaces and headquarters where talks are held. Compiled by hand
// from the places' public descriptions (official sites, encyclopaedias). Regions of disputed
// status (annexed or breakaway territories) are left out on purpose.

/** A named place and where it is. */
export interface PlaceRecord {
  /** The name as usually written in English. */
  readonly name: string;
  /** Other spellings or short forms ("Akorda", "Novo-Ogarevo"). */
  readonly aliases?: readonly string[];
  /** City in the spelling of the cities gazetteer, or null (a region, a country residence). */
  readonly city: string | null;
  /** ISO 3166-1 alpha-2 code. */
  readonly country: string;
}

/**
 * First-level regions written as "X Region", "X Oblast", "X Krai"...: each base name expands to
 * those forms (see the venue normalizer), so "Moscow Region" and "Moscow Oblast" both name RU.
 */
export const REGION_BASES: Readonly<Record<string, readonly string[]>> = {
  RU: [
    "Moscow", "Leningrad", "Kaliningrad", "Nizhny Novgorod", "Sverdlovsk", "Novosibirsk", "Rostov", "Samara",
    "Chelyabinsk", "Volgograd", "Voronezh", "Saratov", "Tula", "Kaluga", "Tver", "Yaroslavl", "Vladimir",
    "Ryazan", "Smolensk", "Pskov", "Novgorod", "Vologda", "Arkhangelsk", "Murmansk", "Kursk", "Belgorod",
    "Bryansk", "Oryol", "Lipetsk", "Tambov", "Penza", "Ulyanovsk", "Orenburg", "Tyumen", "Omsk", "Tomsk",
    "Kemerovo", "Irkutsk", "Amur", "Magadan", "Sakhalin", "Astrakhan", "Kirov", "Kostroma", "Ivanovo", "Kurgan",
    "Krasnodar", "Krasnoyarsk", "Stavropol", "Perm", "Altai", "Khabarovsk", "Primorsky", "Kamchatka", "Zabaykalsky",
  ],
  KZ: [
    "Akmola", "Almaty", "Aktobe", "Atyrau", "East Kazakhstan", "Zhambyl", "West Kazakhstan", "Karaganda",
    "Kostanay", "Kyzylorda", "Mangystau", "Pavlodar", "North Kazakhstan", "Turkestan", "Abai", "Zhetysu", "Ulytau",
  ],
  UZ: ["Tashkent", "Samarkand", "Bukhara", "Andijan", "Fergana", "Namangan", "Kashkadarya", "Surkhandarya", "Khorezm", "Navoi", "Jizzakh", "Syrdarya"],
  KG: ["Chui", "Chuy", "Issyk-Kul", "Osh", "Jalal-Abad", "Naryn", "Talas", "Batken"],
  TJ: ["Sughd", "Khatlon"],
  TM: ["Ahal", "Balkan", "Dashoguz", "Lebap", "Mary"],
  BY: ["Minsk", "Brest", "Gomel", "Grodno", "Mogilev", "Vitebsk"],
  UA: ["Kyiv", "Kharkiv", "Lviv", "Odesa", "Dnipropetrovsk", "Zaporizhzhia", "Poltava", "Vinnytsia", "Chernihiv", "Sumy"],
  AM: ["Syunik", "Tavush", "Lori", "Shirak", "Kotayk", "Ararat", "Armavir", "Gegharkunik", "Aragatsotn", "Vayots Dzor"],
};

/** The words that turn a base name into a region ("Moscow Region", "Tula Oblast"). */
export const REGION_SUFFIXES: readonly string[] = ["Region", "Oblast", "Oblys", "Province", "Krai", "Kray", "Territory", "Viloyati", "Velayat", "Welayat", "Oblysy"];

/** Regions whose name stands alone ("Tatarstan", "Scotland", "Bavaria"). */
export const REGIONS: readonly PlaceRecord[] = [
  { name: "Tatarstan", aliases: ["Republic of Tatarstan"], city: null, country: "RU" },
  { name: "Bashkortostan", aliases: ["Republic of Bashkortostan", "Bashkiria"], city: null, country: "RU" },
  { name: "Chechnya", aliases: ["Chechen Republic"], city: null, country: "RU" },
  { name: "Dagestan", aliases: ["Republic of Dagestan", "Daghestan"], city: null, country: "RU" },
  { name: "Yakutia", aliases: ["Sakha Republic", "Republic of Sakha", "Republic of Sakha (Yakutia)"], city: null, country: "RU" },
  { name: "Ingushetia", aliases: ["Republic of Ingushetia"], city: null, country: "RU" },
  { name: "North Ossetia", aliases: ["North Ossetia-Alania", "Republic of North Ossetia-Alania"], city: null, country: "RU" },
  { name: "Kabardino-Balkaria", aliases: ["Kabardino-Balkarian Republic"], city: null, country: "RU" },
  { name: "Buryatia", aliases: ["Republic of Buryatia"], city: null, country: "RU" },
  { name: "Chuvashia", aliases: ["Chuvash Republic"], city: null, country: "RU" },
  { name: "Udmurtia", aliases: ["Udmurt Republic"], city: null, country: "RU" },
  { name: "Mordovia", aliases: ["Republic of Mordovia"], city: null, country: "RU" },
  { name: "Karelia", aliases: ["Republic of Karelia"], city: null, country: "RU" },
  { name: "Komi Republic", aliases: ["Komi"], city: null, country: "RU" },
  { name: "Tuva", aliases: ["Tyva", "Republic of Tuva"], city: null, country: "RU" },
  { name: "Primorye", city: null, country: "RU" },
  { name: "Siberia", city: null, country: "RU" },
  { name: "Yamalo-Nenets Autonomous Okrug", aliases: ["Yamal"], city: null, country: "RU" },
  { name: "Khanty-Mansi Autonomous Okrug", aliases: ["Yugra"], city: null, country: "RU" },
  { name: "Karakalpakstan", aliases: ["Republic of Karakalpakstan"], city: null, country: "UZ" },
  { name: "Fergana Valley", city: null, country: "UZ" },
  { name: "Gorno-Badakhshan", aliases: ["Gorno-Badakhshan Autonomous Region", "GBAO"], city: null, country: "TJ" },
  { name: "Nakhchivan", aliases: ["Nakhchivan Autonomous Republic", "Nakhichevan"], city: null, country: "AZ" },
  { name: "Adjara", aliases: ["Ajara", "Autonomous Republic of Adjara"], city: null, country: "GE" },
  { name: "Kakheti", city: null, country: "GE" },
  { name: "Gagauzia", aliases: ["Gagauz Autonomy"], city: null, country: "MD" },
  { name: "Scotland", city: null, country: "GB" },
  { name: "Wales", city: null, country: "GB" },
  { name: "England", city: null, country: "GB" },
  { name: "Northern Ireland", city: null, country: "GB" },
  { name: "Bavaria", city: null, country: "DE" },
  { name: "Xinjiang", aliases: ["Xinjiang Uygur Autonomous Region", "Xinjiang Uyghur Autonomous Region"], city: null, country: "CN" },
  { name: "Hainan", city: null, country: "CN" },
  { name: "Inner Mongolia", city: null, country: "CN" },
  { name: "Guangdong", city: null, country: "CN" },
  { name: "Sichuan", city: null, country: "CN" },
  { name: "Yunnan", city: null, country: "CN" },
  { name: "Heilongjiang", city: null, country: "CN" },
  { name: "Bali", city: null, country: "ID" },
  { name: "Texas", city: null, country: "US" },
  { name: "California", city: null, country: "US" },
  { name: "Florida", city: null, country: "US" },
  { name: "Alaska", city: null, country: "US" },
  { name: "Maryland", city: null, country: "US" },
  { name: "Virginia", city: null, country: "US" },
  { name: "Washington State", city: null, country: "US" },
  { name: "Quebec", city: null, country: "CA" },
  { name: "Ontario", city: null, country: "CA" },
];

/** Residences, palaces, headquarters and conference venues. */
export const VENUES: readonly PlaceRecord[] = [
  // Russia
  { name: "the Kremlin", aliases: ["Kremlin", "Moscow Kremlin", "Grand Kremlin Palace"], city: "Moscow", country: "RU" },
  // The seat of the Rais of Tatarstan: "the Kremlin" of Kazan, not Moscow's.
  { name: "Kazan Kremlin", aliases: ["the Kazan Kremlin"], city: "Kazan", country: "RU" },
  { name: "Novo-Ogaryovo", aliases: ["Novo-Ogarevo", "Novo Ogaryovo", "Novo-Ogaryovo residence", "Novo-Ogaryovo State Residence"], city: null, country: "RU" },
  { name: "Bocharov Ruchei", aliases: ["Bocharov Ruchey", "Bocharov Ruchei residence"], city: "Sochi", country: "RU" },
  { name: "Konstantinovsky Palace", aliases: ["Konstantin Palace", "Konstantinovsky Palace-Museum Complex"], city: "Saint Petersburg", country: "RU" },
  { name: "Tauride Palace", city: "Saint Petersburg", country: "RU" },
  { name: "Smolny", aliases: ["Smolny Institute"], city: "Saint Petersburg", country: "RU" },
  { name: "Sirius Educational Centre", aliases: ["Sirius Educational Center", "Sirius Federal Territory"], city: "Sochi", country: "RU" },
  { name: "Gostiny Dvor", city: "Moscow", country: "RU" },
  { name: "House of Government of the Russian Federation", aliases: ["Russian White House"], city: "Moscow", country: "RU" },
  // Central Asia, the Caucasus, Belarus, Moldova, Ukraine
  { name: "Akorda", aliases: ["Ak Orda", "Akorda Presidential Palace", "Akorda Presidential Residence", "Ak Orda Presidential Palace"], city: "Astana", country: "KZ" },
  { name: "Kuksaroy", aliases: ["Kuksaray", "Kuksaroy Residence", "Kuksaroy Presidential Residence", "Kuksaroy Palace"], city: "Tashkent", country: "UZ" },
  { name: "Oguzkhan Palace", aliases: ["Oguz Han", "Oguz Khan", "Oguzhan Palace", "Oguz Han Palace", "Oguzkhan Presidential Palace"], city: "Ashgabat", country: "TM" },
  { name: "Ruhyyet Palace", aliases: ["Ruhiyet Palace", "Rukhiyet Palace"], city: "Ashgabat", country: "TM" },
  { name: "Ala-Archa State Residence", aliases: ["Ala-Archa Residence", "Ala-Archa", "Ala Archa"], city: "Bishkek", country: "KG" },
  { name: "Yntymak Ordo", aliases: ["Yntymak Ordo Residence"], city: "Bishkek", country: "KG" },
  { name: "Palace of Nation", aliases: ["Palace of the Nation", "Kohi Millat"], city: "Dushanbe", country: "TJ" },
  { name: "Kokhi Navruz", aliases: ["Kohi Navruz", "Navruz Palace"], city: "Dushanbe", country: "TJ" },
  { name: "Gulustan Palace", city: "Baku", country: "AZ" },
  { name: "Zagulba Presidential Residence", aliases: ["Zagulba"], city: "Baku", country: "AZ" },
  { name: "Heydar Aliyev Center", aliases: ["Heydar Aliyev Centre"], city: "Baku", country: "AZ" },
  { name: "Orbeliani Palace", city: "Tbilisi", country: "GE" },
  { name: "Palace of Independence", aliases: ["Independence Palace of Belarus"], city: "Minsk", country: "BY" },
  { name: "Mariinsky Palace", city: "Kyiv", country: "UA" },
  // Europe
  { name: "Hofburg", aliases: ["Hofburg Palace", "Hofburg Imperial Palace", "Hofburg Congress Center"], city: "Vienna", country: "AT" },
  { name: "Vienna International Centre", aliases: ["Vienna International Center"], city: "Vienna", country: "AT" },
  { name: "Palais des Nations", aliases: ["Palace of Nations", "Palace of the Nations"], city: "Geneva", country: "CH" },
  { name: "Peace Palace", aliases: ["Vredespaleis"], city: "The Hague", country: "NL" },
  { name: "NATO Headquarters", aliases: ["NATO HQ", "NATO headquarters"], city: "Brussels", country: "BE" },
  { name: "Berlaymont", aliases: ["Berlaymont building"], city: "Brussels", country: "BE" },
  { name: "Europa building", aliases: ["Europa Building"], city: "Brussels", country: "BE" },
  { name: "Justus Lipsius building", aliases: ["Justus Lipsius"], city: "Brussels", country: "BE" },
  { name: "Élysée Palace", aliases: ["Elysee Palace", "Élysée", "Elysee", "Palais de l'Élysée"], city: "Paris", country: "FR" },
  { name: "Hôtel de Matignon", aliases: ["Matignon", "Hotel Matignon", "Hôtel Matignon"], city: "Paris", country: "FR" },
  { name: "Quai d'Orsay", city: "Paris", country: "FR" },
  { name: "Downing Street", aliases: ["10 Downing Street", "No. 10 Downing Street", "Number 10 Downing Street"], city: "London", country: "GB" },
  { name: "Lancaster House", city: "London", country: "GB" },
  // The seat of the Commonwealth Secretariat.
  { name: "Marlborough House", city: "London", country: "GB" },
  { name: "Chequers", city: null, country: "GB" },
  { name: "Bellevue Palace", aliases: ["Schloss Bellevue"], city: "Berlin", country: "DE" },
  { name: "Quirinal Palace", aliases: ["Palazzo del Quirinale", "Quirinale"], city: "Rome", country: "IT" },
  { name: "Palazzo Chigi", aliases: ["Chigi Palace"], city: "Rome", country: "IT" },
  { name: "Apostolic Palace", city: "Vatican City", country: "VA" },
  { name: "Moncloa Palace", aliases: ["La Moncloa", "Palacio de la Moncloa"], city: "Madrid", country: "ES" },
  { name: "Dolmabahçe Palace", aliases: ["Dolmabahce Palace", "Dolmabahçe Office"], city: "Istanbul", country: "TR" },
  { name: "Vahdettin Pavilion", aliases: ["Vahdettin Mansion"], city: "Istanbul", country: "TR" },
  { name: "Presidential Complex in Ankara", aliases: ["Beştepe Presidential Complex", "Bestepe Presidential Complex", "Beştepe"], city: "Ankara", country: "TR" },
  // Americas
  { name: "the White House", aliases: ["White House", "Oval Office", "Roosevelt Room", "Eisenhower Executive Office Building"], city: "Washington", country: "US" },
  { name: "Camp David", city: null, country: "US" },
  { name: "United States Capitol", aliases: ["U.S. Capitol", "US Capitol", "Capitol Hill"], city: "Washington", country: "US" },
  { name: "the Pentagon", aliases: ["Pentagon"], city: "Arlington", country: "US" },
  { name: "UN Headquarters", aliases: ["United Nations Headquarters", "UN HQ", "U.N. Headquarters", "UN headquarters"], city: "New York", country: "US" },
  // Asia and the Middle East
  { name: "Zhongnanhai", city: "Beijing", country: "CN" },
  { name: "Great Hall of the People", city: "Beijing", country: "CN" },
  { name: "Diaoyutai State Guesthouse", aliases: ["Diaoyutai", "Diaoyutai State Guest House"], city: "Beijing", country: "CN" },
  { name: "Blue House", aliases: ["Cheong Wa Dae", "Chong Wa Dae"], city: "Seoul", country: "KR" },
  { name: "Kantei", aliases: ["Prime Minister's Office of Japan"], city: "Tokyo", country: "JP" },
  { name: "Akasaka Palace", aliases: ["Akasaka State Guest House"], city: "Tokyo", country: "JP" },
  { name: "Rashtrapati Bhavan", city: "New Delhi", country: "IN" },
  { name: "Hyderabad House", city: "New Delhi", country: "IN" },
  // Bangladesh: the state guest houses of the government in Dhaka.
  { name: "State Guest House Padma", aliases: ["Padma State Guest House"], city: "Dhaka", country: "BD" },
  { name: "State Guest House Jamuna", aliases: ["Jamuna State Guest House"], city: "Dhaka", country: "BD" },
  { name: "Aiwan-e-Sadr", aliases: ["Aiwan-e-Sadar"], city: "Islamabad", country: "PK" },
  { name: "Qasr Al Watan", aliases: ["Qasr al-Watan", "Al Watan Palace"], city: "Abu Dhabi", country: "AE" },
  { name: "Al-Yamamah Palace", aliases: ["Al Yamamah Palace"], city: "Riyadh", country: "SA" },
  { name: "Istana Nurul Iman", city: "Bandar Seri Begawan", country: "BN" },
  // South America: presidential palaces and foreign ministries.
  { name: "Itamaraty Palace", aliases: ["Palácio do Itamaraty", "Itamaraty"], city: "Brasília", country: "BR" },
  { name: "Planalto Palace", aliases: ["Palácio do Planalto"], city: "Brasília", country: "BR" },
  { name: "Casa Rosada", city: "Buenos Aires", country: "AR" },
  { name: "Palacio de López", aliases: ["Palacio de Lopez", "López Palace", "Lopez Palace"], city: "Asunción", country: "PY" },
  // South Africa: the conference centres of its summits and ministerial meetings.
  { name: "Cape Town International Convention Centre", aliases: ["CTICC"], city: "Cape Town", country: "ZA" },
  { name: "Sandton Convention Centre", city: "Johannesburg", country: "ZA" },
  { name: "Malacañang Palace", aliases: ["Malacanang Palace", "Malacañang", "Malacanang"], city: "Manila", country: "PH" },
];

/** Phrases that contain a venue's name but are not the place ("White House Press Secretary"). */
export const VENUE_BLOCKS: readonly string[] = ["Kremlin spokesman", "Kremlin press service", "Kremlin Press Secretary", "Blue House spokesman"];
