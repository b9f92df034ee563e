import { Button, Field, Input, Select, Text } from '@fluentui/react-components';
import { useEffect, useState, type FormEvent } from 'react';
import type { SearchHit } from '../../../../bot/src/contract/archiveApi';
import type { TabLocale, TabStrings } from '../../i18n/strings';
import { FailureNotice, InfoNotice, Loading } from '../Notices';
import { PageHeader } from '../PageHeader';
import { useLoad } from '../useLoad';
import { addressValue, keepInAddress, MIN_QUERY, termName, type ArchiveViewProps } from './archiveCommon';
import { useLayout } from '../styles';
import { useArchiveStyles } from './archiveStyles';
import { MarkedText } from './MarkedText';
import { ItemPlaceLink } from './MeetingLink';
import { useDebounced } from './useDebounced';

const TYPING_PAUSE_MS = 400;

/** "Sök": one box over the group's minutes, items, decisions and kort kort; hits in context with the matches marked. */
export default function SearchView(props: ArchiveViewProps) {
  const { api, t, groupId, groupName } = props;
  const styles = useArchiveStyles();
  const layout = useLayout();
  const [text, setText] = useState(() => addressValue('q'));
  const [term, setTerm] = useState(() => addressValue('term'));
  // What was last searched for: Enter (or the button) at once, typing after a pause.
  const [query, setQuery] = useState(() => text.trim());
  const settled = useDebounced(text, TYPING_PAUSE_MS);
  useEffect(() => {
    // A cleared box clears the hits; one letter alone waits for more.
    const typed = settled.trim();
    if (typed.length >= MIN_QUERY || typed.length === 0) setQuery(typed);
  }, [settled]);
  useEffect(() => keepInAddress('q', query), [query]);
  const terms = useLoad(() => api.archiveTerms(groupId), groupId);
  const [announced, setAnnounced] = useState('');
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    setQuery(text.trim());
  };
  const chooseTerm = (key: string): void => {
    setTerm(key);
    keepInAddress('term', key);
  };
  return (
    <>
      <PageHeader title={t.searchOf(groupName)} intro={t.searchIntro} />
      <form role="search" onSubmit={submit} className={styles.filters} data-print="hide">
        <Field label={t.searchLabel} hint={t.searchHint} className={styles.grow}>
          <Input type="search" value={text} onChange={(_e, data) => setText(data.value)} maxLength={200} autoComplete="off" data-testid="search-box" />
        </Field>
        {terms.state === 'done' && terms.value.terms.length > 0 && (
          <Field label={t.termChoice} className={layout.fitWidth}>
            <Select className={layout.fitWidth} value={term} onChange={(_e, data) => chooseTerm(data.value)} data-testid="search-term">
              <option value="">{t.allTerms}</option>
              {terms.value.terms.map((candidate) => (
                <option key={candidate.key} value={candidate.key}>
                  {termName(candidate, t)}
                </option>
              ))}
            </Select>
          </Field>
        )}
        <Button type="submit" appearance="primary">
          {t.searchButton}
        </Button>
      </form>
      {query.length === 0 ? null : query.length < MIN_QUERY ? (
        <InfoNotice text={t.searchTooShort} />
      ) : (
        <SearchResults key={`${query}|${term}`} {...props} query={query} term={term} onFound={setAnnounced} />
      )}
      <p role="status" className={styles.announcer} data-testid="announcer">
        {announced}
      </p>
    </>
  );
}

interface ResultsProps extends ArchiveViewProps {
  query: string;
  term: string;
  /** What was found, in words, for the page's status line. */
  onFound(text: string): void;
}

function SearchResults({ api, t, locale, groupId, query, term, onOpenMinutes, onFound }: ResultsProps) {
  const styles = useArchiveStyles();
  const loaded = useLoad(() => api.search(groupId, query, term || undefined), `${groupId}|${query}|${term}`);
  const found = loaded.state === 'done' ? (loaded.value.hits.length === 0 ? t.noHits(query) : t.hitCount(loaded.value.hits.length, query)) : '';
  useEffect(() => {
    if (found) onFound(found);
  }, [found, onFound]);
  if (loaded.state === 'loading') return <Loading t={t} />;
  if (loaded.state === 'failed') return <FailureNotice t={t} failure={loaded.failure} retry={loaded.retry} />;
  const { hits, more } = loaded.value;
  return (
    <section aria-labelledby="hits-heading" className={styles.entries}>
      <Text as="h2" id="hits-heading" size={500} weight="semibold" data-testid="hit-count">
        {found}
      </Text>
      {hits.length > 0 && (
        <ul className={styles.entries} data-testid="search-hits">
          {hits.map((hit, index) => (
            <HitEntry key={`${hit.itemId}|${hit.kind}|${index}`} hit={hit} t={t} locale={locale} onOpen={onOpenMinutes} />
          ))}
        </ul>
      )}
      {more && <InfoNotice text={t.moreHits} />}
    </section>
  );
}

function HitEntry({ hit, t, locale, onOpen }: { hit: SearchHit; t: TabStrings; locale: TabLocale; onOpen(meetingId: string): void }) {
  const styles = useArchiveStyles();
  return (
    <li className={styles.entry} data-testid="search-hit">
      <ItemPlaceLink place={hit} t={t} locale={locale} onOpen={onOpen} />
      <Text as="p" className={styles.context} data-testid="hit-context">
        <MarkedText text={hit.context} marks={hit.marks} className={styles.mark} />
      </Text>
      <Text as="p" className={styles.status}>
        {t.hitKinds[hit.kind]}
      </Text>
    </li>
  );
}
