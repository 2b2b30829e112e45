import { Box, Button, Stack, Text, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useApiQuery } from '../api/hooks';
import { ResultsTable } from './ResultsTable';

/** The result in large type for the hall's projector; Esc goes back. */
export function PollScreen() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const id = Number(useParams().id);
  const poll = useApiQuery('polls.get', { id });
  const back = () => void navigate(`/polls/${id}`);
  useHotkeys([['Escape', back]]);
  return (
    <Box pos="fixed" inset={0} bg="white" p={48} style={{ zIndex: 300, overflow: 'auto' }}>
      <Stack gap="lg">
        <Title order={1} ta="center" c="red.8" fz={48}>
          {t('voting.poll.screenTitle')}
        </Title>
        {poll.data && (
          <>
            <Text ta="center" fz={32} fw={500}>
              {poll.data.title}
            </Text>
            <ResultsTable poll={poll.data} large />
          </>
        )}
        <Button variant="subtle" onClick={back} style={{ alignSelf: 'center' }}>
          {t('voting.poll.exitScreen')}
        </Button>
      </Stack>
    </Box>
  );
}
