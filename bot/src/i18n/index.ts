import type { DomainError } from '../domain/errors';
import { en } from './en';
import type { Locale } from './locale';
import { sv, type Messages } from './sv';

export type { Locale } from './locale';
export { localeFrom } from './locale';
export type { Messages } from './sv';

const CATALOGS: Record<Locale, Messages> = { sv, en };

export const messages = (locale: Locale): Messages => CATALOGS[locale];

export const errorText = (error: DomainError, locale: Locale): string => CATALOGS[locale].errors[error.code](error.params);
