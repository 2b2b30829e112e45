import { useTranslation } from 'react-i18next';
import { presenterLine } from '../../../shared/agenda';
import type { AgendaNow, CeremonyBatch, ProjectorContent } from '../../../shared/projector';
import { PollResultView } from './PollResultView';
import { BACKGROUND, clamp2, column, GOLD } from './screenStyle';
import { clockText, elapsedText, namesLayout } from './layout';

function Clock({ now }: { now: Date }) {
  return (
    <div
      style={{
        position: 'absolute',
        top: '3cqh',
        right: '3cqw',
        fontSize: '4cqh',
        fontWeight: 500,
        color: GOLD,
      }}
    >
      {clockText(now)}
    </div>
  );
}

function TitleCard({
  content,
  withClock,
  now,
}: {
  content: ProjectorContent;
  withClock: boolean;
  now: Date;
}) {
  const { conference } = content;
  return (
    <div style={{ ...column, justifyContent: 'center', gap: '4cqh' }}>
      {withClock && <Clock now={now} />}
      {conference.organiser && (
        <div
          style={{
            fontSize: 'min(4.5cqh, 3.2cqw)',
            fontWeight: 700,
            color: GOLD,
            textTransform: 'uppercase',
          }}
        >
          {conference.organiser}
        </div>
      )}
      <div
        style={{
          fontSize: 'min(8cqh, 5.2cqw)',
          fontWeight: 700,
          lineHeight: 1.25,
          textTransform: 'uppercase',
          maxWidth: '90cqw',
          display: '-webkit-box',
          WebkitLineClamp: 4,
          WebkitBoxOrient: 'vertical',
          overflow: 'hidden',
        }}
      >
        {conference.title}
      </div>
      {(conference.placeName || conference.venue) && (
        <div style={{ fontSize: 'min(3.6cqh, 2.6cqw)', opacity: 0.9 }}>
          {[conference.venue, conference.placeName].filter(Boolean).join(' – ')}
        </div>
      )}
    </div>
  );
}

function AgendaScreen({ content, item, now }: { content: ProjectorContent; item: AgendaNow; now: Date }) {
  const { t } = useTranslation();
  const elapsed = item.actualStart ? elapsedText(item.actualStart, item.durationMinutes, now) : null;
  return (
    <div style={{ ...column, justifyContent: 'space-between' }}>
      <div style={{ display: 'flex', width: '100%', gap: '4cqw', alignItems: 'flex-start' }}>
        <div
          style={{
            flex: 1,
            textAlign: 'left',
            fontSize: 'min(3.4cqh, 2.4cqw)',
            color: GOLD,
            fontWeight: 700,
            ...clamp2,
          }}
        >
          {content.conference.title}
        </div>
        <div style={{ fontSize: 'min(5cqh, 3.6cqw)', fontWeight: 500, fontVariantNumeric: 'tabular-nums' }}>
          {clockText(now)}
        </div>
      </div>
      <div style={{ display: 'flex', flexDirection: 'column', gap: '3cqh', alignItems: 'center' }}>
        <div
          style={{
            fontSize: 'min(4cqh, 3cqw)',
            letterSpacing: '0.1em',
            textTransform: 'uppercase',
            opacity: 0.85,
          }}
        >
          {item.state === 'running' ? t('projector.view.running') : t('projector.view.next')}
        </div>
        <div
          style={{
            fontSize: 'min(9cqh, 6cqw)',
            fontWeight: 700,
            lineHeight: 1.2,
            maxWidth: '90cqw',
            display: '-webkit-box',
            WebkitLineClamp: 3,
            WebkitBoxOrient: 'vertical',
            overflow: 'hidden',
          }}
        >
          {item.title}
        </div>
        {(item.presenter || item.presenterTitle) && (
          <div style={{ fontSize: 'min(5cqh, 3.6cqw)', color: GOLD, maxWidth: '90cqw', ...clamp2 }}>
            {presenterLine(item.presenter, item.presenterTitle)}
          </div>
        )}
      </div>
      <div style={{ fontSize: 'min(4.5cqh, 3.2cqw)', fontVariantNumeric: 'tabular-nums' }}>
        {elapsed === null
          ? t('projector.view.plannedMinutes', { minutes: item.durationMinutes })
          : elapsed.over
            ? t('projector.view.overtime', { over: elapsed.text })
            : t('projector.view.elapsed', { elapsed: elapsed.text, planned: item.durationMinutes })}
      </div>
    </div>
  );
}

function CeremonyScreen({ batch }: { batch: CeremonyBatch }) {
  const { t } = useTranslation();
  const layout = namesLayout(batch.honorees.length);
  const invite =
    batch.kind === 'tap_the'
      ? t('projector.view.inviteCollectives')
      : batch.kind === 'ho_gia_dinh'
        ? t('projector.view.inviteHouseholds')
        : t('projector.view.invitePeople');
  return (
    <div style={{ ...column, gap: '2cqh' }}>
      <div style={{ fontSize: 'min(3.6cqh, 2.6cqw)', fontStyle: 'italic' }}>{invite}</div>
      <div
        style={{
          fontSize: 'min(7cqh, 5cqw)',
          fontWeight: 700,
          color: GOLD,
          textTransform: 'uppercase',
          lineHeight: 1.1,
          maxWidth: '90cqw',
          ...clamp2,
        }}
      >
        {batch.awardFormName}
      </div>
      <div style={{ fontSize: 'min(3cqh, 2.2cqw)', opacity: 0.85 }}>
        {t(`projector.view.kinds.${batch.kind}`)}
        {batch.part !== null && ` · ${t('projector.view.part', { part: batch.part, parts: batch.parts })}`}
      </div>
      <ol
        aria-label={batch.awardFormName}
        style={{
          flex: 1,
          minHeight: 0,
          width: '100%',
          margin: 0,
          padding: 0,
          listStyle: 'none',
          display: 'grid',
          gridTemplateColumns: `repeat(${layout.columns}, minmax(0, 1fr))`,
          gridTemplateRows: `repeat(${layout.rows}, minmax(0, 1fr))`,
          gridAutoFlow: 'column',
          columnGap: '3cqw',
          rowGap: '1cqh',
          textAlign: layout.columns === 1 ? 'center' : 'left',
        }}
      >
        {batch.honorees.map((h) => (
          <li
            key={h.nomineeId}
            style={{
              minWidth: 0,
              overflow: 'hidden',
              display: 'flex',
              flexDirection: 'column',
              justifyContent: 'center',
            }}
          >
            <div style={{ fontSize: layout.nameSize, fontWeight: 700, lineHeight: 1.15, ...clamp2 }}>
              {h.fullName}
            </div>
            {(h.position || h.unitName) && h.kind === 'ca_nhan' && (
              <div
                style={{
                  fontSize: layout.detailSize,
                  opacity: 0.85,
                  lineHeight: 1.2,
                  ...clamp2,
                }}
              >
                {[h.position, h.unitName].filter(Boolean).join(', ')}
              </div>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}

function PollScreen({ content }: { content: ProjectorContent }) {
  const { t } = useTranslation();
  if (!content.poll) return <Message text={t('projector.view.noPoll')} />;
  return <PollResultView poll={content.poll} page={content.setting.pollPage} />;
}

function Message({ text }: { text: string }) {
  return (
    <div style={{ ...column, justifyContent: 'center' }}>
      <div style={{ fontSize: 'min(5cqh, 3.6cqw)', opacity: 0.85 }}>{text}</div>
    </div>
  );
}

/** "Đã bỏ phiếu 37/40" in the largest type: the hall sees voting advance, never its result. */
function EvotingScreen({ counter }: { counter: NonNullable<ProjectorContent['evoting']> }) {
  const { t } = useTranslation();
  return (
    <div style={{ ...column, justifyContent: 'center', textAlign: 'center', gap: '4cqh' }}>
      <div style={{ fontSize: 'min(5cqh, 3.4cqw)' }}>{counter.title}</div>
      <div style={{ fontSize: 'min(14cqh, 9cqw)', fontWeight: 700 }}>
        {t('projector.view.evotingCounter', { used: counter.used, slips: counter.slips })}
      </div>
    </div>
  );
}

function Screen({ content, now }: { content: ProjectorContent; now: Date }) {
  const { t } = useTranslation();
  switch (content.setting.screen) {
    case 'blank':
      return null;
    case 'logo':
      return <TitleCard content={content} withClock={false} now={now} />;
    case 'agenda':
      return content.agenda ? (
        <AgendaScreen content={content} item={content.agenda} now={now} />
      ) : (
        <TitleCard content={content} withClock now={now} />
      );
    case 'ceremony':
      return content.batch ? (
        <CeremonyScreen batch={content.batch} />
      ) : (
        <Message text={t('projector.view.noHonorees')} />
      );
    case 'poll':
      return <PollScreen content={content} />;
    case 'evoting':
      return content.evoting ? (
        <EvotingScreen counter={content.evoting} />
      ) : (
        <Message text={t('projector.view.noPoll')} />
      );
  }
}

/** What the hall sees; the stage panel renders the same view in a small box as its preview. */
export function ProjectorView({ content, now }: { content: ProjectorContent; now: Date }) {
  const { t } = useTranslation();
  const blank = content.setting.screen === 'blank';
  return (
    <div
      role="region"
      aria-label={t('projector.view.screenLabel')}
      data-screen={content.setting.screen}
      style={{
        position: 'relative',
        width: '100%',
        height: '100%',
        overflow: 'hidden',
        containerType: 'size',
        background: blank ? '#000' : BACKGROUND,
      }}
    >
      <Screen content={content} now={now} />
    </div>
  );
}
