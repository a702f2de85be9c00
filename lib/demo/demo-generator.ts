import { Faker, base, generateMersenne53Randomizer } from "@faker-js/faker";
import { TEMPERATURES, WEBSITE_ISSUES, type CompanyStatus, type ContactRole, type Temperature, type WebsiteIssue } from "@/lib/enums";
import { DEFAULT_LEAD_STAGES } from "@/lib/leads/default-pipeline";
import type { LeadInput } from "@/lib/validation/lead";
import { DEMO_MARKETS, internationalPhone, type DemoCity, type DemoMarket } from "./markets";
import { DEMO_NICHES, type DemoNiche } from "./niches";

type Defined<T> = { [K in keyof T]-?: Exclude<T[K], undefined> };

/**
 * A lead as the lead form would submit it: `estimatedValue` in **major** units of `currency`,
 * `nextActionDay` a calendar day ("YYYY-MM-DD") meant in UTC.
 */
export type DemoLeadInput = Defined<Omit<LeadInput, "stageId" | "ownerId" | "notes">>;

/** One generated lead with the history the lead form cannot express. All dates are UTC. */
export type DemoLead = {
  input: DemoLeadInput;
  /** Name of its stage in the default lead pipeline (DEFAULT_LEAD_STAGES). */
  stage: string;
  /** The stage moves that brought it from "New" to `stage`, oldest first. */
  stageHistory: Array<{ stage: string; at: Date }>;
  ownerId: string | null;
  createdAt: Date;
  updatedAt: Date;
  /** When a won lead was converted into a client; null otherwise. */
  convertedAt: Date | null;
};

export type DemoContact = {
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
  mobile: string | null;
  title: string;
  department: string | null;
  isPrimary: boolean;
  role: ContactRole | null;
};

export type DemoCompany = {
  name: string;
  domain: string | null;
  website: string | null;
  industry: string;
  size: string;
  address: string;
  city: string;
  country: string;
  phone: string;
  status: CompanyStatus;
  /** When it became an account (UTC): a converted lead's conversion, else within the history window. */
  createdAt: Date;
  /** One to four people, the first of them the primary contact. */
  contacts: DemoContact[];
};

/** A note on a lead's timeline written at `at` (UTC). */
export type DemoNote = { body: string; at: Date };

export type DemoGenerator = {
  /** The next lead of a Google-Maps-style scrape, with stage, owner and dates. */
  lead(): DemoLead;
  /** Zero to three notes a salesperson might have written on `lead`, between its creation and last update. */
  notes(lead: DemoLead): DemoNote[];
  /** A company (account) with one to four contacts. */
  company(): DemoCompany;
  /** The client company a converted lead became: its details, its contact person as primary contact. */
  companyFromLead(lead: DemoLead): DemoCompany;
};

const DAY_MS = 86_400_000;
/** How far back lead creation dates reach. */
const HISTORY_DAYS = 540;

const STAGE_WEIGHTS: Record<string, number> = { New: 40, Contacted: 22, Replied: 10, Qualified: 8, "Proposal Sent": 5, Won: 5, Lost: 10 };
const STAGE_SCORE_BONUS: Record<string, number> = { Replied: 8, Qualified: 15, "Proposal Sent": 20, Won: 20 };
const OPEN_STAGES = DEFAULT_LEAD_STAGES.filter((s) => s.kind === "OPEN").map((s) => s.name);
const WON_STAGE = DEFAULT_LEAD_STAGES.find((s) => s.kind === "WON")!.name;
const LOST_STAGE = DEFAULT_LEAD_STAGES.find((s) => s.kind === "LOST")!.name;

const SOURCES = [
  { value: "Google Maps", weight: 75 },
  { value: "Referral", weight: 6 },
  { value: "Website form", weight: 5 },
  { value: "Instagram", weight: 5 },
  { value: "Cold list", weight: 5 },
  { value: "Networking event", weight: 4 },
];
const TAGS = ["priority", "referral", "chain", "family-owned", "seasonal", "needs-seo", "instagram-active", "no-ssl", "new-opening", "call-back"];
const ADJECTIVES = ["Golden", "Blue", "Bright", "Corner", "Old Town", "Village", "Central", "Riverside", "Harbour", "Green", "Urban", "Little", "Royal", "Sunny", "Family", "Premier", "Happy", "Olive"];
const MAILBOXES = ["info", "hello", "contact", "office", "bookings"];
const FREEMAIL: Record<string, string[]> = {
  Germany: ["gmail.com", "gmx.de", "web.de"],
  France: ["gmail.com", "orange.fr", "hotmail.fr"],
  Italy: ["gmail.com", "libero.it"],
};
const COMPANY_SIZES = ["1-10", "11-50", "51-200"];
const COMPANY_STATUSES: Array<{ value: CompanyStatus; weight: number }> = [
  { value: "PROSPECT", weight: 50 },
  { value: "CLIENT", weight: 30 },
  { value: "PARTNER", weight: 8 },
  { value: "CHURNED", weight: 12 },
];
const CONTACT_TITLES = [
  { title: "Office Manager", department: "Operations", role: "BILLING" },
  { title: "Bookkeeper", department: "Finance", role: "BILLING" },
  { title: "Marketing Manager", department: "Marketing", role: null },
  { title: "IT Contact", department: "IT", role: "TECHNICAL" },
  { title: "Web Admin", department: "IT", role: "TECHNICAL" },
  { title: "Assistant Manager", department: "Operations", role: null },
] as const;
const OWNER_TITLES = ["Owner", "Managing Director", "Co-owner", "General Manager"];

const NOTE_TEMPLATES: Array<(l: { contact: string; niche: string; city: string; issue: string }) => string> = [
  (l) => `Called, spoke to ${l.contact}. Interested but busy this month — call back after the 15th.`,
  (l) => `Website ${l.issue}. Sent two examples of ${l.niche.toLowerCase()} sites we built.`,
  (l) => `${l.contact} asked for a rough price for a new site with online booking.`,
  () => "No answer, left a voicemail.",
  () => "Gatekeeper said the owner handles marketing himself; try mornings.",
  (l) => `Dropped by in person in ${l.city}. Friendly, took a card.`,
  () => "Replied by email: happy with word of mouth for now. Revisit in spring.",
  (l) => `Competitor down the street just launched a new site; ${l.contact} noticed.`,
  () => "Sent the demo link. They want to show it to their partner first.",
  (l) => `Their Google listing has ${l.issue} photos and no booking link — mention on next call.`,
  () => "Asked about monthly hosting + maintenance instead of a one-off fee.",
  () => "Budget is tight until the season starts.",
];
const ISSUE_PHRASES: Record<WebsiteIssue, string> = {
  OUTDATED: "looks like it was built in 2009",
  POOR_DESIGN: "is hard to read and cluttered",
  NOT_MOBILE_FRIENDLY: "is unusable on a phone",
  SLOW_LOADING: "takes 8+ seconds to load",
  BROKEN_FEATURES: "has a broken contact form",
};

/** Lower-case ASCII for domains and mailboxes: "Müller & Söhne" → "mueller-and-soehne" (joined by `sep`). */
export function slugify(text: string, sep = "-"): string {
  return text
    .toLowerCase()
    .replace(/ä/g, "ae")
    .replace(/ö/g, "oe")
    .replace(/ü/g, "ue")
    .replace(/ß/g, "ss")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/&/g, " and ")
    .replace(/'/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .split(" ")
    .join(sep)
    .slice(0, 40);
}

/** The UTC calendar day ("YYYY-MM-DD") of an instant. */
const utcDay = (date: Date) => date.toISOString().slice(0, 10);

/**
 * A deterministic generator of realistic demo data for a local-business CRM: the same `seed`
 * and `now` give the same sequence of leads, notes and companies.
 * @param seed - any integer.
 * @param now - the instant "now" of the data: creation dates fall in the 18 months before it,
 *   follow-up days around it (overdue, today, upcoming).
 * @param owners - ids of the users leads are spread over (the first gets the most).
 * @param unassignedShare - fraction (0–1) of leads without an owner.
 */
export function createDemoGenerator({
  seed,
  now,
  owners = [],
  unassignedShare = 0.04,
}: {
  seed: number;
  now: Date;
  owners?: readonly string[];
  unassignedShare?: number;
}): DemoGenerator {
  // One random stream shared by every locale, so the whole sequence follows from `seed`.
  const randomizer = generateMersenne53Randomizer(seed);
  const fakers = new Map(DEMO_MARKETS.map((m) => [m, new Faker({ locale: [...m.locale, base], randomizer })]));
  // Locale-free draws (numbers, picks, dates); people and streets come from the market's Faker.
  const f = new Faker({ locale: [base], randomizer });
  const ownerWeights = owners.map((value, i) => ({ value, weight: owners.length - i + 1 }));

  const pick = <T>(items: ReadonlyArray<T & { weight: number }>): T => f.helpers.weightedArrayElement(items.map((value) => ({ value, weight: value.weight })));
  const chance = (probability: number) => f.datatype.boolean({ probability });
  const between = (from: Date, to: Date) => (to > from ? f.date.between({ from, to }) : new Date(to));
  /** An instant in the HISTORY_DAYS before `now`. */
  const inHistory = () => new Date(now.getTime() - f.number.int({ min: 0, max: HISTORY_DAYS * DAY_MS }));

  function person(market: DemoMarket): { first: string; last: string } {
    const local = fakers.get(market)!;
    const { first, last } = market.names ?? {};
    return {
      first: first ? local.helpers.arrayElement(first) : local.person.firstName(),
      last: last ? local.helpers.arrayElement(last) : local.person.lastName(),
    };
  }

  /** A landline in the city's national format, or now and then written internationally. */
  function phoneIn(market: DemoMarket, city: DemoCity): string {
    const national = f.helpers.replaceSymbols(city.phone);
    return chance(0.15) ? internationalPhone(national, market) : national;
  }

  function businessName(market: DemoMarket, city: DemoCity, niche: DemoNiche): string {
    const term = f.helpers.arrayElement(niche.terms);
    const { first, last } = person(market);
    const adjective = f.helpers.arrayElement(ADJECTIVES);
    const patterns = [
      { weight: 30, value: `${last} ${term}` },
      { weight: 12, value: `${city.name} ${term}` },
      { weight: 20, value: `${adjective} ${term}` },
      { weight: 12, value: `${first}'s ${term}` },
      { weight: 6, value: `The ${adjective} ${term}` },
      { weight: 4, value: `${term} by ${first}` },
    ];
    if (niche.trade) patterns.push({ weight: 10, value: `${last} & Sons ${term}` });
    const name = f.helpers.weightedArrayElement(patterns);
    return chance(0.1) ? `${name} ${city.name}` : name;
  }

  function websiteFor(name: string, market: DemoMarket): { domain: string; website: string; outdated: boolean } {
    const domain = `${slugify(name, chance(0.5) ? "-" : "")}.${market.tld}`;
    const outdated = chance(0.15);
    const scheme = outdated ? "http://" : "https://";
    return { domain, website: `${scheme}${chance(0.7) ? "www." : ""}${domain}`, outdated };
  }

  function freemail(market: DemoMarket, local: string): string {
    return `${local}${chance(0.4) ? f.number.int({ min: 1, max: 99 }) : ""}@${f.helpers.arrayElement(FREEMAIL[market.country] ?? ["gmail.com", "outlook.com", "yahoo.com"])}`;
  }

  function rating(): number {
    if (chance(0.05)) return f.number.float({ min: 1, max: 3, fractionDigits: 1 });
    // The mean of three uniform draws leans to the middle of 3.6–5.0, like real listings.
    const mean = (f.number.float({ min: 3.6, max: 5 }) + f.number.float({ min: 3.6, max: 5 }) + f.number.float({ min: 3.6, max: 5 })) / 3;
    return Math.round(mean * 10) / 10;
  }

  function stageHistory(stage: string, createdAt: Date, updatedAt: Date): DemoLead["stageHistory"] {
    let path: string[];
    if (stage === WON_STAGE) path = [...OPEN_STAGES.slice(1), WON_STAGE];
    else if (stage === LOST_STAGE) path = [...OPEN_STAGES.slice(1, f.number.int({ min: 1, max: OPEN_STAGES.length - 1 })), LOST_STAGE];
    else path = OPEN_STAGES.slice(1, OPEN_STAGES.indexOf(stage) + 1);
    const times = path.map(() => between(createdAt, updatedAt).getTime()).sort((a, b) => a - b);
    return path.map((name, i) => ({ stage: name, at: new Date(times[i]) }));
  }

  function nextActionDay(stage: string, createdAt: Date): string | null {
    if (stage === WON_STAGE || stage === LOST_STAGE || !chance(0.45)) return null;
    const ageDays = Math.floor((now.getTime() - createdAt.getTime()) / DAY_MS);
    const offset = f.helpers.weightedArrayElement([
      { weight: 30, value: ageDays >= 1 ? -f.number.int({ min: 1, max: Math.min(30, ageDays) }) : 0 },
      { weight: 15, value: 0 },
      { weight: 55, value: f.number.int({ min: 1, max: 21 }) },
    ]);
    return utcDay(new Date(now.getTime() + offset * DAY_MS));
  }

  function lead(): DemoLead {
    const market = pick(DEMO_MARKETS);
    const local = fakers.get(market)!;
    const city = pick(market.cities);
    const niche = pick(DEMO_NICHES);
    const name = businessName(market, city, niche);
    const contact = chance(0.45) ? person(market) : null;
    const site = chance(0.7) ? websiteFor(name, market) : null;
    const websiteIssues: WebsiteIssue[] = [];
    if (site?.outdated) websiteIssues.push("OUTDATED");
    if (site && chance(0.5)) websiteIssues.push(...f.helpers.arrayElements(WEBSITE_ISSUES, { min: 1, max: 3 }));
    const issues = [...new Set(websiteIssues)];

    let email: string | null = null;
    if (site && chance(0.75)) email = `${contact && chance(0.3) ? slugify(contact.first, "") : f.helpers.arrayElement(MAILBOXES)}@${site.domain}`;
    else if (!site && chance(0.4)) email = freemail(market, slugify(name, "").slice(0, 20));

    const source = pick(SOURCES).value;
    const fromMaps = source === "Google Maps";
    const rated = fromMaps ? chance(0.92) : chance(0.5);
    const stars = rated ? rating() : null;
    const reviews = rated ? Math.max(1, Math.round(niche.reviews * Math.exp(f.number.float({ min: -3, max: 1.2 })))) : null;
    const stage = f.helpers.weightedArrayElement(Object.entries(STAGE_WEIGHTS).map(([value, weight]) => ({ value, weight })));

    const score = Math.max(
      0,
      Math.min(
        100,
        f.number.int({ min: 10, max: 45 }) +
          (site ? 6 * issues.length : 25) +
          (stars !== null && stars >= 4.3 && (reviews ?? 0) >= 50 ? 10 : 0) +
          (STAGE_SCORE_BONUS[stage] ?? 0) +
          f.number.int({ min: -8, max: 8 }),
      ),
    );
    const byScore: Temperature = score >= 70 ? "HOT" : score >= 45 ? "WARM" : "COLD";
    const temperature: Temperature = chance(0.1) ? f.helpers.arrayElement(TEMPERATURES) : byScore;

    const createdAt = inHistory();
    const updatedAt = between(createdAt, now);
    const history = stageHistory(stage, createdAt, updatedAt);
    const convertedAt = stage === WON_STAGE && chance(0.75) ? history[history.length - 1].at : null;
    const advanced = ["Qualified", "Proposal Sent", WON_STAGE].includes(stage);
    const [minValue, maxValue] = niche.value;

    return {
      input: {
        name,
        contactName: contact ? `${contact.first} ${contact.last}` : null,
        email,
        phone: chance(0.95) ? phoneIn(market, city) : null,
        website: site?.website ?? null,
        hasWebsite: site !== null,
        websiteIssues: issues,
        demoSiteBuilt: chance(advanced ? 0.3 : 0.01),
        niche: niche.name,
        source,
        address: local.location.streetAddress(),
        city: city.name,
        country: market.country,
        rating: stars,
        reviewCount: reviews,
        ...(fromMaps ? mapsListing() : { mapsUrl: null, externalId: null }),
        score,
        temperature,
        nextActionDay: nextActionDay(stage, createdAt),
        estimatedValue: chance(0.55) ? Math.round(f.number.int({ min: minValue, max: maxValue }) / 50) * 50 : null,
        currency: market.currency,
        tags: chance(0.25) ? f.helpers.arrayElements(TAGS, { min: 1, max: 2 }) : [],
      },
      stage,
      stageHistory: history,
      ownerId: ownerWeights.length && !chance(unassignedShare) ? f.helpers.weightedArrayElement(ownerWeights) : null,
      createdAt,
      updatedAt,
      convertedAt,
    };
  }

  /** The Google identifiers a Maps scrape brings: the place's data_id and its Maps link. */
  function mapsListing(): { externalId: string; mapsUrl: string } {
    const externalId = `0x${f.string.hexadecimal({ length: 16, casing: "lower", prefix: "" })}:0x${f.string.hexadecimal({ length: 16, casing: "lower", prefix: "" })}`;
    return { externalId, mapsUrl: `https://www.google.com/maps/place/data=!4m2!3m1!1s${externalId}` };
  }

  function notes(l: DemoLead): DemoNote[] {
    const count = f.helpers.weightedArrayElement([
      { weight: l.stage === "New" ? 60 : 20, value: 0 },
      { weight: 45, value: 1 },
      { weight: 25, value: 2 },
      { weight: 10, value: 3 },
    ]);
    const fill = {
      contact: l.input.contactName?.split(" ")[0] ?? "the owner",
      niche: l.input.niche ?? "local business",
      city: l.input.city ?? "town",
      issue: ISSUE_PHRASES[l.input.websiteIssues[0] ?? "OUTDATED"],
    };
    return f.helpers
      .arrayElements(NOTE_TEMPLATES, count)
      .map((template) => ({ body: template(fill), at: between(l.createdAt, l.updatedAt) }))
      .sort((a, b) => a.at.getTime() - b.at.getTime());
  }

  function contactAt(market: DemoMarket, city: DemoCity, domain: string | null, job: { title: string; department: string | null; role: ContactRole | null }, isPrimary: boolean): DemoContact {
    const { first, last } = person(market);
    const mailbox = `${slugify(first, "")}.${slugify(last, "")}`;
    return {
      firstName: first,
      lastName: last,
      email: domain ? `${mailbox}@${domain}` : chance(0.6) ? freemail(market, mailbox) : null,
      phone: chance(0.6) ? phoneIn(market, city) : null,
      mobile: chance(0.7) ? f.helpers.replaceSymbols(market.mobile ?? city.phone) : null,
      ...job,
      isPrimary,
    };
  }

  /** Contacts after the primary one: staff with billing or technical roles. */
  function staff(market: DemoMarket, city: DemoCity, domain: string | null, count: number): DemoContact[] {
    return f.helpers.arrayElements(CONTACT_TITLES, count).map((job) => contactAt(market, city, domain, job, false));
  }

  function company(): DemoCompany {
    const market = pick(DEMO_MARKETS);
    const city = pick(market.cities);
    const niche = pick(DEMO_NICHES);
    const name = businessName(market, city, niche);
    const site = chance(0.85) ? websiteFor(name, market) : null;
    const owner = contactAt(market, city, site?.domain ?? null, { title: f.helpers.arrayElement(OWNER_TITLES), department: "Management", role: "PRIMARY" }, true);
    return {
      name,
      domain: site?.domain ?? null,
      website: site?.website ?? null,
      industry: niche.name,
      size: f.helpers.arrayElement(COMPANY_SIZES),
      address: fakers.get(market)!.location.streetAddress(),
      city: city.name,
      country: market.country,
      phone: phoneIn(market, city),
      status: pick(COMPANY_STATUSES).value,
      createdAt: inHistory(),
      contacts: [owner, ...staff(market, city, site?.domain ?? null, f.number.int({ min: 0, max: 3 }))],
    };
  }

  function companyFromLead(l: DemoLead): DemoCompany {
    const market = DEMO_MARKETS.find((m) => m.country === l.input.country) ?? DEMO_MARKETS[0];
    const city = market.cities.find((c) => c.name === l.input.city) ?? market.cities[0];
    const domain = l.input.website ? new URL(l.input.website).hostname.replace(/^www\./, "") : null;
    const stranger = person(market);
    const [first, ...rest] = l.input.contactName?.split(" ") ?? [stranger.first, stranger.last];
    const primary: DemoContact = {
      firstName: first,
      lastName: rest.join(" "),
      email: l.input.email,
      phone: l.input.phone,
      mobile: chance(0.5) ? f.helpers.replaceSymbols(market.mobile ?? city.phone) : null,
      title: f.helpers.arrayElement(OWNER_TITLES),
      department: "Management",
      isPrimary: true,
      role: "PRIMARY",
    };
    return {
      name: l.input.name,
      domain,
      website: l.input.website,
      industry: l.input.niche ?? "Local business",
      size: "1-10",
      address: l.input.address ?? fakers.get(market)!.location.streetAddress(),
      city: city.name,
      country: market.country,
      phone: l.input.phone ?? phoneIn(market, city),
      status: "CLIENT",
      createdAt: l.convertedAt ?? l.updatedAt,
      contacts: [primary, ...staff(market, city, domain, f.number.int({ min: 0, max: 2 }))],
    };
  }

  return { lead, notes, company, companyFromLead };
}
