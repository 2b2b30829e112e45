import { Box, Button, Group } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { pollScreenPageCount, stepPollPage } from '../../../shared/poll-screen';
import { useApiQuery } from '../api/hooks';
import { PollResultView } from '../projector/PollResultView';
import { BACKGROUND } from '../projector/screenStyle';

/**
 * The result as the hall's projector shows it, from this window: the summary, then the results a
 * page at a time (← → or PageUp/PageDown, as a presenter's remote sends them); Esc goes back.
 */
export function PollScreen() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const id = Number(useParams().id);
  const poll = useApiQuery('polls.get', { id });
  const [page, setPage] = useState(0);
  const pages = poll.data ? pollScreenPageCount(poll.data) : 1;
  const step = (direction: 1 | -1) => setPage((current) => stepPollPage(current, pages, direction));
  const back = () => void navigate(`/polls/${id}`);
  useHotkeys([
    ['Escape', back],
    ['ArrowRight', () => step(1)],
    ['PageDown', () => step(1)],
    ['ArrowLeft', () => step(-1)],
    ['PageUp', () => step(-1)],
  ]);
  return (
    <Box pos="fixed" inset={0} style={{ zIndex: 300, background: BACKGROUND }}>
      <div
        role="region"
        aria-label={t('voting.poll.screenTitle')}
        style={{ position: 'absolute', inset: '0 0 56px 0', containerType: 'size' }}
      >
        {poll.data && <PollResultView poll={poll.data} page={page} />}
      </div>
      <Group pos="absolute" bottom={8} left={0} right={0} justify="center" gap="sm">
        <Button
          variant="white"
          leftSection={<IconChevronLeft size={18} />}
          disabled={page === 0}
          onClick={() => step(-1)}
        >
          {t('projector.stage.previous')}
        </Button>
        <Button
          variant="white"
          rightSection={<IconChevronRight size={18} />}
          disabled={page >= pages - 1}
          onClick={() => step(1)}
        >
          {t('projector.stage.next')}
        </Button>
        <Button variant="subtle" color="gray.0" onClick={back}>
          {t('voting.poll.exitScreen')}
        </Button>
      </Group>
    </Box>
  );
}
