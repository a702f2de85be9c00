import { z } from "zod";
import { STAGE_KINDS } from "@/lib/enums";

/**
 * Building blocks of the API's response schemas (what the OpenAPI document shows and the tests
 * hold every answer to). Objects are strict: a field the schema does not name fails the tests.
 */

/** A UTC instant as JSON gives it: ISO 8601 with milliseconds and Z. */
export const instant = z.iso.datetime().meta({ description: "UTC instant, ISO 8601" });
export const optionalInstant = instant.nullable();

/** A record id (cuid). */
export const id = z.string().meta({ description: "Record id" });
export const optionalRefId = id.nullable();

/** An amount in minor units (cents) of the record's currency. */
export const minorUnits = z.number().int().meta({ description: "Minor units (cents) of `currency`. Inputs take major units." });

export const currency = z.string().length(3).meta({ description: "ISO 4217 code" });

/** A user named on a record (owner, assignee). */
export const userRef = z.strictObject({ id, name: z.string() });
export const tagRef = z.strictObject({ name: z.string(), color: z.string() });
export const stageRef = z.strictObject({ id, name: z.string(), color: z.string(), kind: z.enum(STAGE_KINDS) });
export const leadRef = z.strictObject({ id, name: z.string() });
export const contactRef = z.strictObject({ id, firstName: z.string(), lastName: z.string().nullable() });
export const companyRef = z.strictObject({ id, name: z.string() });
export const dealRef = z.strictObject({ id, title: z.string() });

export const text = z.string();
export const optionalText = z.string().nullable();
