import type { TemplateInput } from "@/lib/validation/template";

/** A template of the default set: its key (Template.defaultKey) and its form fields. */
export type DefaultTemplate = { key: string } & TemplateInput;

/**
 * The templates a new installation starts with (ensureDefaultTemplates), one or two per kind of
 * outreach, written for a web agency prospecting local businesses. They are ordinary templates
 * afterwards: edit or delete them freely. Each must pass templateInputSchema (tested).
 */
export const DEFAULT_TEMPLATES: DefaultTemplate[] = [
  {
    key: "cold-email-website",
    name: "Cold email: a better website",
    category: "EMAIL",
    subcategory: "COLD_OUTREACH",
    subject: "A quick idea for {{ businessName | default: \"your business\" }}",
    body: [
      "Hi {{ firstName | default: \"there\" }},",
      "",
      "I came across {{ businessName | default: \"your business\" }}{% if city %} in {{ city }}{% endif %} and had a look at {% if website %}{{ website }}{% else %}how customers find you online{% endif %}.",
      "",
      "Most people now look a business up on their phone before they call. A fast, mobile-friendly site with your menu, prices and a booking button usually brings in more enquiries within weeks.",
      "",
      "Would a 10-minute call this week be useful? I can show you a free draft first.",
      "",
      "Best regards,  ",
      "{{ senderName }}",
    ].join("\n"),
    variants: [
      {
        label: "B",
        subject: "{{ firstName | default: \"Hello\" }}, more bookings for {{ businessName | default: \"you\" }}?",
        body: [
          "Hi {{ firstName | default: \"there\" }},",
          "",
          "I build websites for {{ niche | default: \"local businesses\" }}{% if city %} around {{ city }}{% endif %}. I put together a free draft of what a new site for {{ businessName | default: \"you\" }} could look like.",
          "",
          "Shall I send you the link?",
          "",
          "{{ senderFirstName }}",
        ].join("\n"),
      },
    ],
  },
  {
    key: "follow-up-email",
    name: "Follow-up: no reply yet",
    category: "EMAIL",
    subcategory: "FOLLOW_UP",
    subject: "Re: a quick idea for {{ businessName | default: \"your business\" }}",
    body: [
      "Hi {{ firstName | default: \"there\" }},",
      "",
      "Just bringing my last email back to the top of your inbox. If a new website is not a priority right now, a one-line reply is perfectly fine and I will not chase you.",
      "",
      "Thanks,  ",
      "{{ senderName }}",
    ].join("\n"),
  },
  {
    key: "booking-confirmation-email",
    name: "Booking confirmation",
    category: "EMAIL",
    subcategory: "BOOKING_CONFIRMATION",
    subject: "Our call is booked",
    body: [
      "Hi {{ firstName | default: \"there\" }},",
      "",
      "Thanks for making time to talk about {{ businessName | default: \"your website\" }}. I will call you at the time we agreed.",
      "",
      "To make the most of it, have a think about:",
      "",
      "- what customers ask you most often,",
      "- two or three websites you like,",
      "- what a new customer is worth to you.",
      "",
      "Talk soon,  ",
      "{{ senderName }}",
    ].join("\n"),
  },
  {
    key: "proposal-email",
    name: "Proposal",
    category: "EMAIL",
    subcategory: "PROPOSAL",
    subject: "Website proposal for {{ businessName | default: \"you\" }}",
    body: [
      "Hi {{ firstName | default: \"there\" }},",
      "",
      "As promised, here is the proposal for {{ businessName | default: \"your new website\" }}:",
      "",
      "1. **Design and build**: a fast, mobile-friendly site with your own content.",
      "2. **Launch**: domain, email and Google Business profile set up.",
      "3. **Care plan**: hosting, updates and small changes every month.",
      "",
      "Reply to this email with any questions, or simply with \"go ahead\".",
      "",
      "{{ senderName }}",
    ].join("\n"),
  },
  {
    key: "cold-dm",
    name: "Cold DM: short and friendly",
    category: "DM",
    subcategory: "COLD_OUTREACH",
    body: "Hi {{ firstName | default: \"there\" }}! Love what {{ businessName | default: \"you\" }} is doing{% if city %} in {{ city }}{% endif %}. I make websites for {{ niche | default: \"local businesses\" }} and sketched a free idea for yours. Want me to send it over?",
  },
  {
    key: "cold-call-script",
    name: "Cold call: website offer",
    category: "CALL_SCRIPT",
    subcategory: "COLD_CALL_SCRIPT",
    body: [
      "**Opening**: Hi, is this {{ firstName | default: \"the owner\" }}? This is {{ senderName }}. I'll be quick: I help {{ niche | default: \"local businesses\" }}{% if city %} in {{ city }}{% endif %} get more bookings from their website.",
      "",
      "**Reason for the call**: I looked at {% if website %}{{ website }}{% else %}{{ businessName | default: \"your business\" }} online{% endif %} and noticed a few things that may cost you customers on phones.",
      "",
      "**Question**: How do most new customers find you today?",
      "",
      "**Ask**: Could I show you a free draft in a 10-minute call this week?",
    ].join("\n"),
  },
  {
    key: "objection-too-expensive",
    name: "Objection: \"it's too expensive\"",
    category: "CALL_SCRIPT",
    subcategory: "OBJECTION_HANDLING",
    body: [
      "**They say**: It's too expensive.",
      "",
      "**You say**: I understand. How many new customers a month would {{ businessName | default: \"you\" }} need for it to pay for itself? For most {{ niche | default: \"businesses\" }} it is one or two.",
      "",
      "**Then**: We can also start small, with a one-page site, and grow it when it brings in business.",
    ].join("\n"),
  },
];
