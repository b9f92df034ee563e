import { mergeClasses, Text } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { TabStrings } from '../i18n/strings';
import { useLayout } from './styles';

/** The kort kort list as the agenda numbers it: one number, its heading, the notices under it. */
export function NumberedNotices({ number, t, children }: { number: number; t: TabStrings; children: ReactNode }) {
  const layout = useLayout();
  return (
    <ol className={layout.list} aria-label={t.sections.kortkort}>
      <li value={number} className={layout.item}>
        <div className={layout.itemBody}>
          <Text as="h3" size={500} weight="semibold" className={mergeClasses(layout.heading, layout.partHeading)}>
            {t.sections.kortkort}
          </Text>
          {children}
        </div>
      </li>
    </ol>
  );
}
