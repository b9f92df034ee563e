import { Text } from '@fluentui/react-components';
import type { OpenFeedback } from '../../../bot/src/contract/tabApi';
import { formatDateTime } from '../i18n/format';
import type { TabLocale, TabStrings } from '../i18n/strings';
import { useLayout } from './styles';

/** The meeting's questions that still take answers (synpunkter): each with its deadline and how many have answered. Answers are given on the card in Teams. */
export function OpenFeedbackList({ feedback, t, locale }: { feedback: OpenFeedback[]; t: TabStrings; locale: TabLocale }) {
  const layout = useLayout();
  return (
    <section className={layout.section} aria-labelledby="feedback-heading" data-testid="open-feedback">
      <Text as="h2" id="feedback-heading" size={600} weight="semibold" className={layout.heading}>
        {t.feedbackHeading}
      </Text>
      <ul className={layout.plainList}>
        {feedback.map((f) => (
          <li key={f.requestId} className={layout.itemBody}>
            <Text weight="semibold">{f.question}</Text>
            {f.itemTitle && <Text className={layout.muted}>{t.feedbackAbout(f.itemTitle)}</Text>}
            <Text>
              {t.feedbackDeadline(formatDateTime(f.deadline, locale))} · {t.feedbackAnswered(f.answered, f.asked)}
            </Text>
          </li>
        ))}
      </ul>
    </section>
  );
}
