export type Locale = 'sv' | 'en';

/** Swedish unless the client clearly asks for English ("en-US", "en-GB"). */
export const localeFrom = (tag: string | undefined): Locale => (tag && /^en\b/i.test(tag) ? 'en' : 'sv');
