/**
 * Sign-on settings a production server must have to start (the tab API checks Teams
 * SSO tokens against them). Tests that do not sign in to the tab use these; nothing
 * here is a real registration.
 */
export const TAB_SSO_FOR_TESTS = {
  TAB_SSO_CLIENT_ID: '66666666-7777-8888-9999-000000000000',
  TAB_SSO_APP_ID_URI: 'api://dagordning.example.se/66666666-7777-8888-9999-000000000000',
} as const;

/** The key a production server signs the links on its cards with (LINK_SIGNING_KEY); made up for tests. */
export const LINK_SIGNING_FOR_TESTS = { LINK_SIGNING_KEY: 'test-only-link-signing-key-not-a-secret-0123' } as const;
