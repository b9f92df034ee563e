import type { RoleChange, RoleOrMembership } from '../domain/members';
import type { Member } from '../domain/model';
import { messages, type Locale } from '../i18n';

const named = (member: Member): string => `${member.name} (${member.initials})`;

/** "Tove Kvist (TK) är nu sekreterare. Sara Lindqvist (SL) är inte längre sekreterare." */
export function roleChangeLines({ before, changed, demoted }: RoleChange, change: RoleOrMembership, locale: Locale): string[] {
  const t = messages(locale).roleChange;
  if ('membership' in change) return [t.membership(named(changed), change.membership)];
  if (change.role === 'ledamot') {
    return before.role === 'ledamot' ? [t.already(named(changed), change.role)] : [t.lost(named(changed), before.role)];
  }
  const lines = [before.role === change.role ? t.already(named(changed), change.role) : t.gained(named(changed), change.role)];
  if (demoted) lines.push(t.lost(named(demoted), change.role));
  return lines;
}
