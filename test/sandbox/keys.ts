/** The keys the sandbox accepts. Not secrets: they open nothing but this local server. */
export const SANDBOX_KEYS = {
  talentscreen: 'sk_test_scorelens_sandbox_talentscreen',
  /** A TalentScreen key without the read scopes, to exercise 403. */
  talentscreenNoScope: 'sk_test_scorelens_sandbox_noscope',
} as const;
