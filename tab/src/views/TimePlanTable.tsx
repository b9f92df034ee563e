import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from '@fluentui/react-components';
import type { TimePlan } from '../../../bot/src/contract/tabApi';
import { formatMinutes, formatTime } from '../i18n/format';
import type { TabLocale, TabStrings } from '../i18n/strings';
import { useLayout } from './styles';

/** Each item's start if everyone keeps to time, and the planned total against the meeting's length. */
export function TimePlanTable({ plan, t, locale }: { plan: TimePlan; t: TabStrings; locale: TabLocale }) {
  const layout = useLayout();
  const left = plan.meetingMinutes - plan.plannedMinutes;
  return (
    <section className={layout.section} aria-labelledby="time-plan-heading">
      <Text as="h2" id="time-plan-heading" size={600} weight="semibold" className={layout.heading}>
        {t.timePlan}
      </Text>
      <Table aria-labelledby="time-plan-heading" size="small">
        <caption className={layout.muted} style={{ textAlign: 'left', captionSide: 'bottom', paddingTop: 8 }}>
          {t.timePlanCaption(formatMinutes(plan.plannedMinutes, t), formatMinutes(plan.meetingMinutes, t))}
        </caption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col" className={layout.timeCell}>{t.timeColumn}</TableHeaderCell>
            <TableHeaderCell scope="col" className={layout.numberCell}>{t.numberColumn}</TableHeaderCell>
            <TableHeaderCell scope="col">{t.itemColumn}</TableHeaderCell>
            <TableHeaderCell scope="col" className={layout.minutesCell}>{t.minutesColumn}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {plan.rows.map((row) => (
            <TableRow key={row.itemId}>
              <TableCell>{formatTime(row.startsAt, locale)}</TableCell>
              <TableCell>{row.number}</TableCell>
              <TableCell>{row.title}</TableCell>
              <TableCell>{row.minutes === undefined ? <span className={layout.muted}>{t.noMinutes}</span> : formatMinutes(row.minutes, t)}</TableCell>
            </TableRow>
          ))}
          <TableRow>
            <TableCell />
            <TableCell />
            <TableCell>
              <Text weight="semibold">{t.total}</Text>
            </TableCell>
            <TableCell>
              <Text weight="semibold">{formatMinutes(plan.plannedMinutes, t)}</Text>
            </TableCell>
          </TableRow>
        </TableBody>
      </Table>
      <Text as="p" className={layout.heading} data-testid="time-plan-summary" weight={plan.overMinutes > 0 ? 'semibold' : 'regular'}>
        {plan.overMinutes > 0 ? `⚠️ ${t.over(formatMinutes(plan.overMinutes, t))}` : t.left(formatMinutes(left, t))}
      </Text>
    </section>
  );
}
