import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import {
  POLL_LINES_PER_PAGE,
  pollResultPages,
  pollSummary,
  type PollScreenLine,
} from '../../../shared/poll-screen';
import type { PollDetail } from '../../../shared/voting';
import { ruleText } from '../voting/ruleText';
import { clamp2, column, GOLD } from './screenStyle';

/**
 * A poll's result for the hall: page 0 is the summary (how many passed, the rule, the quorum),
 * the next pages hold ten lines each in the list's sections. Every line keeps one size whatever
 * the number of nominees, so the last row reads as well as the first from the back of the hall.
 */

const VERDICT_COLOUR = { passed: '#b2f2bb', failed: '#ffc9c9', tie_at_quota: GOLD } as const;
const LINE_CQH = 6.4;
const TEXT = 'min(3.9cqh, 2.4cqw)';
const percentText = (value: number) => value.toFixed(2).replace('.', ',');

const cell: CSSProperties = {
  whiteSpace: 'nowrap',
  overflow: 'hidden',
  textOverflow: 'ellipsis',
  minWidth: 0,
};
const grid: CSSProperties = {
  display: 'grid',
  gridTemplateColumns: '5cqw minmax(0, 1fr) 8cqw 10cqw 16cqw',
  columnGap: '1.4cqw',
  alignItems: 'center',
  textAlign: 'left',
};

function Summary({ poll }: { poll: PollDetail }) {
  const { t } = useTranslation();
  const summary = pollSummary(poll);
  if (!summary) return null;
  const attendance = { present: summary.present, total: summary.totalMembers };
  return (
    <div
      role="group"
      aria-label={t('projector.view.pollTitle')}
      style={{ flex: 1, display: 'flex', flexDirection: 'column', justifyContent: 'center', gap: '3.5cqh' }}
    >
      <div style={{ fontSize: 'min(11cqh, 7cqw)', fontWeight: 700, color: GOLD, lineHeight: 1.1 }}>
        {t('projector.view.pollPassed', { passed: summary.passed, total: summary.total })}
      </div>
      <div style={{ fontSize: 'min(5cqh, 3.4cqw)' }}>
        {t('projector.view.pollFailed', { failed: summary.failed })}
        {summary.ties > 0 && ` · ${t('projector.view.pollTies', { ties: summary.ties })}`}
      </div>
      <div style={{ fontSize: 'min(4.4cqh, 3cqw)', maxWidth: '88cqw', alignSelf: 'center', ...clamp2 }}>
        {t('projector.view.pollRule', { rule: ruleText(poll, (key) => t(key)) })}
      </div>
      <div
        style={{
          fontSize: 'min(4.4cqh, 3cqw)',
          color: summary.quorumMet ? VERDICT_COLOUR.passed : VERDICT_COLOUR.failed,
        }}
      >
        {summary.quorumMet
          ? t('projector.view.pollQuorumMet', attendance)
          : t('projector.view.pollQuorumNotMet', attendance)}
      </div>
      <div style={{ fontSize: 'min(3cqh, 2.2cqw)', opacity: 0.75 }}>{t('projector.view.pollNext')}</div>
    </div>
  );
}

function Line({ line }: { line: PollScreenLine }) {
  const { t } = useTranslation();
  const height = { height: `${LINE_CQH}cqh`, borderBottom: '1px solid rgba(255,255,255,0.18)' };
  if (line.type === 'section')
    return (
      <div role="row" style={{ ...height, display: 'flex', alignItems: 'center' }}>
        <div role="rowheader" style={{ ...cell, fontSize: TEXT, fontWeight: 700, color: GOLD }}>
          {line.title}
        </div>
      </div>
    );
  return (
    <div role="row" style={{ ...grid, ...height, fontSize: TEXT }}>
      <div role="cell" style={{ textAlign: 'right' }}>
        {line.stt}
      </div>
      {/* The name alone, on two lines if it must: on a 4:3 screen a long collective's name needs them. */}
      <div role="cell" style={{ ...clamp2, fontWeight: 700, lineHeight: 1.05, minWidth: 0 }}>
        {line.fullName}
      </div>
      <div role="cell" style={{ textAlign: 'right', fontVariantNumeric: 'tabular-nums' }}>
        {line.agree}
      </div>
      <div role="cell" style={{ textAlign: 'right', fontVariantNumeric: 'tabular-nums' }}>
        {percentText(line.percent)}
      </div>
      <div role="cell" style={{ ...cell, fontWeight: 700, color: VERDICT_COLOUR[line.verdict] }}>
        {t(`projector.view.pollVerdicts.${line.verdict}`)}
      </div>
    </div>
  );
}

function ResultPage({ lines }: { lines: PollScreenLine[] }) {
  const { t } = useTranslation();
  const head: CSSProperties = { ...cell, fontSize: 'min(2.8cqh, 2cqw)', opacity: 0.8 };
  return (
    <div
      role="table"
      aria-label={t('projector.view.pollTitle')}
      style={{ width: '100%', height: `${LINE_CQH * (POLL_LINES_PER_PAGE + 0.7)}cqh` }}
    >
      <div role="row" style={{ ...grid, height: `${LINE_CQH * 0.7}cqh` }}>
        <div role="columnheader" style={{ ...head, textAlign: 'right' }}>
          {t('projector.view.pollColumns.stt')}
        </div>
        <div role="columnheader" style={head}>
          {t('projector.view.pollColumns.name')}
        </div>
        <div role="columnheader" style={{ ...head, textAlign: 'right' }}>
          {t('projector.view.pollColumns.agree')}
        </div>
        <div role="columnheader" style={{ ...head, textAlign: 'right' }}>
          {t('projector.view.pollColumns.percent')}
        </div>
        <div role="columnheader" style={head}>
          {t('projector.view.pollColumns.verdict')}
        </div>
      </div>
      {lines.map((line) => (
        <Line key={line.type === 'row' ? `r${line.nomineeId}` : `s${line.title}`} line={line} />
      ))}
    </div>
  );
}

/** `page` is 0 for the summary, then 1… for the pages of results; it is clamped to those that exist. */
export function PollResultView({ poll, page }: { poll: PollDetail; page: number }) {
  const { t } = useTranslation();
  const pages = pollResultPages(poll);
  const count = pages.length + 1;
  const shown = Math.min(Math.max(page, 0), count - 1);
  const lines = shown > 0 ? pages[shown - 1] : undefined;
  return (
    <div style={{ ...column, gap: '1.5cqh' }}>
      <div style={{ display: 'flex', width: '100%', alignItems: 'baseline', gap: '3cqw' }}>
        <h1
          style={{
            flex: 1,
            margin: 0,
            textAlign: 'left',
            fontSize: 'min(5cqh, 3.6cqw)',
            fontWeight: 700,
            color: GOLD,
            textTransform: 'uppercase',
          }}
        >
          {t('projector.view.pollTitle')}
        </h1>
        <div style={{ fontSize: 'min(3.6cqh, 2.6cqw)', fontVariantNumeric: 'tabular-nums' }}>
          {t('projector.view.pollPage', { page: shown + 1, pages: count })}
        </div>
      </div>
      <div style={{ width: '100%', textAlign: 'left', fontSize: 'min(3.4cqh, 2.4cqw)', ...clamp2 }}>
        {poll.title}
      </div>
      {lines ? <ResultPage lines={lines} /> : <Summary poll={poll} />}
    </div>
  );
}
