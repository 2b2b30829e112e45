import { Box, Fieldset, Group, NumberInput, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../shared/fields';
import { MAX_COEFFICIENT } from '../../../shared/money/amount';
import type { AwardFormValues } from '../awards/formValues';

/**
 * The reward money of an award form: a coefficient of the base salary for individuals and one
 * for collectives, with the article they come from shown beside them. An empty box means "not
 * set": the form then gives no money until someone who can cite a source fills it in.
 */
export function CoefficientFields({ form }: { form: UseFormReturnType<AwardFormValues> }) {
  const { t } = useTranslation();
  const source = form.values.coefficientSource.trim();
  const box = (input: ReactNode) => <Box maw={160}>{input}</Box>;
  const common = {
    min: 0,
    max: MAX_COEFFICIENT,
    decimalScale: 3,
    decimalSeparator: ',',
    allowNegative: false,
    clampBehavior: 'none' as const,
    placeholder: t('money.coefficients.notSet'),
    inputContainer: box,
  };
  return (
    <Fieldset legend={t('money.coefficients.legend')}>
      <Text size="sm" c="dimmed" mb="xs">
        {t('money.coefficients.hint')}
      </Text>
      <Group grow align="flex-start">
        <NumberInput
          label={t('money.coefficients.individual')}
          {...common}
          {...form.getInputProps('individualCoefficient')}
        />
        <NumberInput
          label={t('money.coefficients.collective')}
          {...common}
          {...form.getInputProps('collectiveCoefficient')}
        />
      </Group>
      <TextInput
        mt="sm"
        label={t('money.coefficients.source')}
        placeholder={t('money.coefficients.sourcePlaceholder')}
        maxLength={LIMITS.line}
        {...form.getInputProps('coefficientSource')}
      />
      {source === '' && (
        <Text size="xs" mt={4} c="orange.8">
          {t('money.coefficients.uncited')}
        </Text>
      )}
    </Fieldset>
  );
}
