import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { isSmsProviderConfigured, sendTwilioSms, twilioConfig, TwilioError, type TwilioConfig } from "@/server/sms/twilio-client";
import { startFakeTwilio, type FakeTwilio } from "../support/fake-twilio-server";

let fake: FakeTwilio;
let config: TwilioConfig;
beforeAll(async () => {
  fake = await startFakeTwilio();
  config = { accountSid: fake.accountSid, authToken: fake.authToken, from: "+35799000001", baseUrl: fake.url };
});
afterAll(() => fake.close());
afterEach(() => fake.reset());

describe("twilioConfig", () => {
  it("needs the account sid, auth token and sender; the base URL defaults to Twilio's", () => {
    const env = { TWILIO_ACCOUNT_SID: " AC1 ", TWILIO_AUTH_TOKEN: "t", TWILIO_FROM: "+1555" };
    expect(twilioConfig(env)).toEqual({ accountSid: "AC1", authToken: "t", from: "+1555", baseUrl: "https://api.twilio.com" });
    expect(twilioConfig({ ...env, TWILIO_BASE_URL: "http://127.0.0.1:4010//" })?.baseUrl).toBe("http://127.0.0.1:4010");
    expect(isSmsProviderConfigured(env)).toBe(true);
    for (const key of Object.keys(env)) {
      expect(twilioConfig({ ...env, [key]: "  " }), key).toBeNull();
      expect(isSmsProviderConfigured({ ...env, [key]: undefined }), key).toBe(false);
    }
    expect(() => twilioConfig({ ...env, TWILIO_BASE_URL: "ftp://example.com" })).toThrow(/http\(s\)/);
    expect(() => twilioConfig({ ...env, TWILIO_BASE_URL: "not a url" })).toThrow(/not a URL/);
  });
});

describe("sendTwilioSms against the fake Twilio", () => {
  it("posts a form with basic auth to the account's Messages.json and returns the sid", async () => {
    const message = await sendTwilioSms(config, { to: "+35797754374", body: "Hi & bye = ?" });
    expect(message).toEqual({ sid: expect.stringMatching(/^SM[0-9a-f]{32}$/), status: "queued" });
    const [request] = fake.requests;
    expect(request).toMatchObject({ method: "POST", path: `/2010-04-01/Accounts/${fake.accountSid}/Messages.json`, contentType: "application/x-www-form-urlencoded", status: 201 });
    expect(request.authorization).toBe(`Basic ${Buffer.from(`${fake.accountSid}:${fake.authToken}`).toString("base64")}`);
    expect(request.form).toEqual({ To: "+35797754374", Body: "Hi & bye = ?", From: "+35799000001" });
  });

  it("throws TwilioError with Twilio's message and code on refusals", async () => {
    const refusal = await sendTwilioSms(config, { to: "97754374", body: "x" }).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(TwilioError);
    expect(refusal).toMatchObject({ status: 400, code: 21211, message: "Twilio refused the SMS: The 'To' number 97754374 is not a valid phone number. (error 21211)" });
    await expect(sendTwilioSms({ ...config, authToken: "nope" }, { to: "+35797754374", body: "x" })).rejects.toMatchObject({ status: 401, code: 20003 });
    await expect(sendTwilioSms({ ...config, accountSid: "AC-other" }, { to: "+35797754374", body: "x" })).rejects.toMatchObject({ status: 401 });
    await expect(sendTwilioSms(config, { to: "+35797754374", body: "x".repeat(1_601) })).rejects.toMatchObject({ code: 21617 });
    await expect(sendTwilioSms({ ...config, baseUrl: "http://127.0.0.1:9" }, { to: "+35797754374", body: "x" })).rejects.toMatchObject({ status: 0, message: expect.stringMatching(/could not be reached/) });
    expect(fake.sent).toEqual([]);
  });
});
