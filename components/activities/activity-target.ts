/** The record(s) an activity is logged on from a record's page: the page's own record. */
export type ActivityTarget = { leadId?: string; contactId?: string; companyId?: string; dealId?: string };
