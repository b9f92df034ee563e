import { Field, Input, Select, Text } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { DecisionJson, TermRef } from '../../../../bot/src/contract/archiveApi';
import type { TabLocale, TabStrings } from '../../i18n/strings';
import { FailureNotice, InfoNotice, Loading } from '../Notices';
import { PageHeader } from '../PageHeader';
import { useLoad } from '../useLoad';
import { addressValue, keepInAddress, MIN_QUERY, termName, type ArchiveViewProps } from './archiveCommon';
import { useLayout } from '../styles';
import { useArchiveStyles } from './archiveStyles';
import { ItemPlaceLink } from './MeetingLink';
import { useDebounced } from './useDebounced';

const TYPING_PAUSE_MS = 300;

/** "Beslutslogg": every decision in the group's published minutes, with its meeting and item; by term and by text. */
export default function DecisionLogView({ api, t, locale, groupId, groupName, onOpenMinutes }: ArchiveViewProps) {
  const styles = useArchiveStyles();
  const layout = useLayout();
  const [term, setTerm] = useState(() => addressValue('term'));
  const [text, setText] = useState(() => addressValue('q'));
  const settled = useDebounced(text.trim(), TYPING_PAUSE_MS);
  // One or two letters would match nearly everything: the filter starts at the search's minimum.
  const query = settled.length >= MIN_QUERY ? settled : '';
  useEffect(() => keepInAddress('q', query), [query]);
  const loaded = useLoad(() => api.decisions(groupId, { term: term || undefined, query: query || undefined }), `${groupId}|${term}|${query}`);
  // The term list stays while a new filter loads.
  const terms = useRef<TermRef[]>([]);
  if (loaded.state === 'done') terms.current = loaded.value.terms;
  const [announced, setAnnounced] = useState('');
  const found = loaded.state === 'done' ? (loaded.value.decisions.length === 0 && query ? t.noDecisionsFor(query) : t.decisionsShown(loaded.value.decisions.length)) : '';
  useEffect(() => {
    if (found) setAnnounced(found);
  }, [found]);
  const chooseTerm = (key: string): void => {
    setTerm(key);
    keepInAddress('term', key);
  };

  const body = () => {
    if (loaded.state === 'loading') return <Loading t={t} />;
    if (loaded.state === 'failed') return <FailureNotice t={t} failure={loaded.failure} retry={loaded.retry} />;
    const { decisions } = loaded.value;
    if (decisions.length === 0) return <InfoNotice text={query ? t.noDecisionsFor(query) : t.noDecisionsLogged} />;
    return (
      <>
        <Text as="p" className={styles.status} data-testid="decision-count">
          {found}
        </Text>
        <ul className={styles.entries} data-testid="decision-log">
          {decisions.map((decision, index) => (
            <DecisionEntry key={`${decision.itemId}|${index}`} decision={decision} t={t} locale={locale} onOpen={onOpenMinutes} />
          ))}
        </ul>
      </>
    );
  };
  return (
    <>
      <PageHeader title={t.decisionsOf(groupName)} intro={t.decisionsIntro} />
      <div className={styles.filters} data-print="hide">
        {terms.current.length > 0 && (
          <Field label={t.termChoice} className={layout.fitWidth}>
            <Select className={layout.fitWidth} value={term} onChange={(_e, data) => chooseTerm(data.value)} data-testid="decision-term">
              <option value="">{t.allTerms}</option>
              {terms.current.map((candidate) => (
                <option key={candidate.key} value={candidate.key}>
                  {termName(candidate, t)}
                </option>
              ))}
            </Select>
          </Field>
        )}
        <Field label={t.decisionFilter} hint={t.decisionFilterHint} className={styles.grow}>
          <Input type="search" value={text} onChange={(_e, data) => setText(data.value)} maxLength={200} autoComplete="off" data-testid="decision-filter" />
        </Field>
      </div>
      {body()}
      <p role="status" className={styles.announcer} data-testid="announcer">
        {announced}
      </p>
    </>
  );
}

function DecisionEntry({ decision, t, locale, onOpen }: { decision: DecisionJson; t: TabStrings; locale: TabLocale; onOpen(meetingId: string): void }) {
  const styles = useArchiveStyles();
  return (
    <li className={styles.entry} data-testid="logged-decision">
      <ItemPlaceLink place={decision} t={t} locale={locale} onOpen={onOpen} />
      <Text as="p" className={styles.context}>
        <strong>{t.decision}:</strong> {decision.text}
      </Text>
    </li>
  );
}
