/**
 * The variables a template may use, as `{{ name }}` or with a fallback
 * `{{ name | default: "there" }}`. A template naming any other variable is refused when saved
 * (checkTemplateSource). Every variable is always present when a template is rendered; a value
 * the record does not have is "" (so `default` applies), never undefined.
 */
export const TEMPLATE_VARIABLES = [
  { name: "firstName", description: "First name of the person (a lead's contact person, or the contact)", example: "Maria" },
  { name: "lastName", description: "Last name of the person", example: "Georgiou" },
  { name: "fullName", description: "First and last name", example: "Maria Georgiou" },
  { name: "jobTitle", description: "The contact's job title", example: "Owner" },
  { name: "businessName", description: "The lead's business name, or the contact's company", example: "Latchi Fish Tavern" },
  { name: "email", description: "Email address of the lead or contact", example: "maria@latchi-fish.cy" },
  { name: "phone", description: "Phone number of the lead or contact", example: "+357 26 321000" },
  { name: "website", description: "Website of the lead or company", example: "https://latchi-fish.cy" },
  { name: "city", description: "City of the lead or company", example: "Latchi" },
  { name: "country", description: "Country of the lead or company", example: "Cyprus" },
  { name: "niche", description: "The lead's niche or the company's industry", example: "restaurant" },
  { name: "senderName", description: "Your name (the sending user)", example: "Ada Admin" },
  { name: "senderFirstName", description: "Your first name", example: "Ada" },
  { name: "senderEmail", description: "Your email address", example: "ada@example.com" },
] as const;

export type TemplateVariable = (typeof TEMPLATE_VARIABLES)[number]["name"];

/** The names of TEMPLATE_VARIABLES. */
export const TEMPLATE_VARIABLE_NAMES: readonly TemplateVariable[] = TEMPLATE_VARIABLES.map((v) => v.name);

/** A value for every template variable ("" where the record has none). */
export type TemplateContext = Record<TemplateVariable, string>;

/** Whether `name` is one of TEMPLATE_VARIABLES. */
export function isTemplateVariable(name: string): name is TemplateVariable {
  return (TEMPLATE_VARIABLE_NAMES as readonly string[]).includes(name);
}

/** The context of the examples in TEMPLATE_VARIABLES (the form's preview before a record is chosen). */
export const EXAMPLE_TEMPLATE_CONTEXT = Object.fromEntries(TEMPLATE_VARIABLES.map((v) => [v.name, v.example])) as TemplateContext;
