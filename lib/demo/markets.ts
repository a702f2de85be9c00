import { de, en, en_AU, en_GB, en_IE, en_US, es, fr, it, nl, type LocaleDefinition } from "@faker-js/faker";

/** A city of a demo market with the local format of its landline numbers ("#" = a digit). */
export type DemoCity = { name: string; phone: string; weight: number };

/**
 * A country the demo leads come from: how often (weight), which Faker locales give its people
 * and street names, its dialling code, web domain ending, currency and cities.
 */
export type DemoMarket = {
  country: string;
  weight: number;
  locale: LocaleDefinition[];
  /** International dialling code without "+". */
  dialCode: string;
  /** The national trunk prefix dropped after the dial code ("0" in the UK; none in Italy, whose 0 stays). */
  trunkPrefix: string;
  tld: string;
  /** ISO 4217 code of the local currency. */
  currency: string;
  /** National format of mobile numbers ("#" = a digit); absent where mobiles use the city's area code (US). */
  mobile?: string;
  cities: DemoCity[];
  /**
   * Names to use instead of the locale's: Faker's English surnames are invented ("Kuvalis"),
   * and its Greek locale writes in Greek script.
   */
  names?: { first?: string[]; last?: string[] };
};

/** Common surnames of the US, UK and Australia. */
const ENGLISH_SURNAMES = [
  "Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Taylor", "Anderson", "Thomas", "Moore",
  "Martin", "Jackson", "Thompson", "White", "Harris", "Clark", "Lewis", "Walker", "Hall", "Allen", "Young", "King",
  "Wright", "Scott", "Green", "Baker", "Adams", "Nelson", "Hill", "Campbell", "Mitchell", "Roberts", "Carter", "Phillips",
  "Evans", "Turner", "Parker", "Collins", "Edwards", "Stewart", "Morris", "Murphy", "Cook", "Rogers", "Morgan", "Cooper",
  "Garcia", "Martinez", "Lopez", "Nguyen", "Patel", "Khan", "Shaw", "Hughes", "Price", "Bennett", "Wood", "Ward",
];
const IRISH_SURNAMES = [
  "Murphy", "Kelly", "O'Sullivan", "Walsh", "Smith", "O'Brien", "Byrne", "Ryan", "O'Connor", "O'Neill", "O'Reilly", "Doyle",
  "McCarthy", "Gallagher", "O'Doherty", "Kennedy", "Lynch", "Murray", "Quinn", "Moore", "McLoughlin", "Carroll", "Connolly", "Daly",
];

/**
 * Countries of the demo data. Phone patterns follow each country's national format with real
 * area codes (e.g. UK "0161" Manchester, DE "089" Munich, US "(512)" Austin).
 */
export const DEMO_MARKETS: readonly DemoMarket[] = [
  {
    country: "United States",
    weight: 24,
    locale: [en_US, en],
    dialCode: "1",
    trunkPrefix: "",
    tld: "com",
    currency: "USD",
    names: { last: ENGLISH_SURNAMES },
    cities: [
      { name: "Austin", phone: "(512) ###-####", weight: 4 },
      { name: "Denver", phone: "(303) ###-####", weight: 3 },
      { name: "Portland", phone: "(503) ###-####", weight: 3 },
      { name: "San Diego", phone: "(619) ###-####", weight: 4 },
      { name: "Tampa", phone: "(813) ###-####", weight: 3 },
      { name: "Nashville", phone: "(615) ###-####", weight: 3 },
      { name: "Chicago", phone: "(312) ###-####", weight: 5 },
      { name: "Phoenix", phone: "(602) ###-####", weight: 3 },
    ],
  },
  {
    country: "United Kingdom",
    weight: 18,
    locale: [en_GB, en],
    dialCode: "44",
    trunkPrefix: "0",
    tld: "co.uk",
    currency: "GBP",
    names: { last: ENGLISH_SURNAMES },
    mobile: "07### ######",
    cities: [
      { name: "London", phone: "020 #### ####", weight: 6 },
      { name: "Manchester", phone: "0161 ### ####", weight: 3 },
      { name: "Birmingham", phone: "0121 ### ####", weight: 3 },
      { name: "Leeds", phone: "0113 ### ####", weight: 2 },
      { name: "Bristol", phone: "0117 ### ####", weight: 2 },
      { name: "Edinburgh", phone: "0131 ### ####", weight: 2 },
    ],
  },
  {
    country: "Germany",
    weight: 12,
    locale: [de, en],
    dialCode: "49",
    trunkPrefix: "0",
    tld: "de",
    currency: "EUR",
    mobile: "017# #######",
    cities: [
      { name: "Berlin", phone: "030 ########", weight: 4 },
      { name: "München", phone: "089 ########", weight: 3 },
      { name: "Hamburg", phone: "040 ########", weight: 3 },
      { name: "Köln", phone: "0221 #######", weight: 2 },
      { name: "Frankfurt am Main", phone: "069 ########", weight: 2 },
    ],
  },
  {
    country: "France",
    weight: 8,
    locale: [fr, en],
    dialCode: "33",
    trunkPrefix: "0",
    tld: "fr",
    currency: "EUR",
    mobile: "06 ## ## ## ##",
    cities: [
      { name: "Paris", phone: "01 ## ## ## ##", weight: 5 },
      { name: "Lyon", phone: "04 ## ## ## ##", weight: 2 },
      { name: "Marseille", phone: "04 ## ## ## ##", weight: 2 },
      { name: "Bordeaux", phone: "05 ## ## ## ##", weight: 2 },
      { name: "Nantes", phone: "02 ## ## ## ##", weight: 1 },
    ],
  },
  {
    country: "Spain",
    weight: 8,
    locale: [es, en],
    dialCode: "34",
    trunkPrefix: "",
    tld: "es",
    currency: "EUR",
    mobile: "6## ### ###",
    cities: [
      { name: "Madrid", phone: "91# ### ###", weight: 4 },
      { name: "Barcelona", phone: "93# ### ###", weight: 4 },
      { name: "Valencia", phone: "96# ### ###", weight: 2 },
      { name: "Sevilla", phone: "95# ### ###", weight: 2 },
      { name: "Málaga", phone: "952 ### ###", weight: 1 },
    ],
  },
  {
    country: "Italy",
    weight: 7,
    locale: [it, en],
    dialCode: "39",
    trunkPrefix: "",
    tld: "it",
    currency: "EUR",
    mobile: "3## ### ####",
    cities: [
      { name: "Roma", phone: "06 #### ####", weight: 3 },
      { name: "Milano", phone: "02 #### ####", weight: 3 },
      { name: "Napoli", phone: "081 ### ####", weight: 2 },
      { name: "Firenze", phone: "055 ### ####", weight: 1 },
      { name: "Torino", phone: "011 ### ####", weight: 1 },
    ],
  },
  {
    country: "Netherlands",
    weight: 6,
    locale: [nl, en],
    dialCode: "31",
    trunkPrefix: "0",
    tld: "nl",
    currency: "EUR",
    mobile: "06 ########",
    cities: [
      { name: "Amsterdam", phone: "020 ### ####", weight: 3 },
      { name: "Rotterdam", phone: "010 ### ####", weight: 2 },
      { name: "Utrecht", phone: "030 ### ####", weight: 2 },
      { name: "Den Haag", phone: "070 ### ####", weight: 1 },
    ],
  },
  {
    country: "Australia",
    weight: 6,
    locale: [en_AU, en],
    dialCode: "61",
    trunkPrefix: "0",
    tld: "com.au",
    currency: "AUD",
    names: { last: ENGLISH_SURNAMES },
    mobile: "04## ### ###",
    cities: [
      { name: "Sydney", phone: "(02) #### ####", weight: 3 },
      { name: "Melbourne", phone: "(03) #### ####", weight: 3 },
      { name: "Brisbane", phone: "(07) #### ####", weight: 2 },
      { name: "Perth", phone: "(08) #### ####", weight: 1 },
    ],
  },
  {
    country: "Ireland",
    weight: 4,
    locale: [en_IE, en],
    dialCode: "353",
    trunkPrefix: "0",
    tld: "ie",
    currency: "EUR",
    mobile: "08# ### ####",
    names: { last: IRISH_SURNAMES },
    cities: [
      { name: "Dublin", phone: "(01) ### ####", weight: 4 },
      { name: "Cork", phone: "(021) ### ####", weight: 2 },
      { name: "Galway", phone: "(091) ### ###", weight: 1 },
    ],
  },
  {
    country: "Cyprus",
    weight: 7,
    locale: [en],
    dialCode: "357",
    trunkPrefix: "",
    tld: "com.cy",
    currency: "EUR",
    mobile: "99 ######",
    cities: [
      { name: "Nicosia", phone: "22 ######", weight: 3 },
      { name: "Limassol", phone: "25 ######", weight: 3 },
      { name: "Paphos", phone: "26 ######", weight: 2 },
      { name: "Larnaca", phone: "24 ######", weight: 2 },
      { name: "Polis", phone: "26 ######", weight: 1 },
    ],
    names: {
      first: ["Andreas", "Maria", "Georgios", "Eleni", "Christos", "Sofia", "Nikos", "Anna", "Panayiotis", "Katerina", "Costas", "Despina", "Michalis", "Androulla", "Savvas", "Chrystalla"],
      last: ["Georgiou", "Christodoulou", "Ioannou", "Constantinou", "Charalambous", "Nicolaou", "Demetriou", "Andreou", "Kyriakou", "Panayiotou", "Savva", "Michael", "Hadjipetrou", "Stylianou", "Loizou", "Evagorou"],
    },
  },
];

/**
 * A national phone number written the international way, as businesses list it for tourists:
 * "020 7946 0000" in the UK → "+44 20 7946 0000"; "(512) 555-0100" in the US → "+1 512 555-0100";
 * "06 1234 5678" in Italy → "+39 06 1234 5678" (brackets go; the trunk prefix, if any, goes).
 */
export function internationalPhone(national: string, market: Pick<DemoMarket, "dialCode" | "trunkPrefix">): string {
  const unbracketed = national.replace(/^\((\d+)\)/, "$1");
  const local = market.trunkPrefix && unbracketed.startsWith(market.trunkPrefix) ? unbracketed.slice(market.trunkPrefix.length) : unbracketed;
  return `+${market.dialCode} ${local}`;
}
