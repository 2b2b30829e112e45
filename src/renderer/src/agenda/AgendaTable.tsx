import { ActionIcon, Badge, Group, Table, Text } from '@mantine/core';
import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
} from '@dnd-kit/core';
import {
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { IconArrowDown, IconArrowUp, IconGripVertical, IconPencil, IconTrash } from '@tabler/icons-react';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '../../../shared/agenda';
import { useAgendaFormat } from './format';

interface Props {
  items: AgendaItem[];
  /** The row to put the keyboard focus back on after a move. */
  focusId: number | null;
  onMove: (id: number, toIndex: number) => void;
  onEdit: (item: AgendaItem) => void;
  onDelete: (item: AgendaItem) => void;
}

/** The programme as a table: drag a row by its handle, or Alt+↑/↓ on a focused row, or its buttons. */
export function AgendaTable({ items, focusId, onMove, onEdit, onDelete }: Props) {
  const { t } = useTranslation();
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const titleOf = (id: string | number) => items.find((i) => i.id === Number(id))?.title ?? '';
  const positionOf = (id: string | number) => items.findIndex((i) => i.id === Number(id)) + 1;
  const announcements: Announcements = {
    onDragStart: ({ active }) => t('agenda.dnd.start', { title: titleOf(active.id) }),
    onDragOver: ({ active, over }) =>
      over ? t('agenda.dnd.over', { title: titleOf(active.id), position: positionOf(over.id) }) : undefined,
    onDragEnd: ({ active, over }) =>
      t('agenda.dnd.end', { title: titleOf(active.id), position: positionOf(over?.id ?? active.id) }),
    onDragCancel: ({ active }) => t('agenda.dnd.cancel', { title: titleOf(active.id) }),
  };

  const dragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    onMove(
      Number(active.id),
      items.findIndex((i) => i.id === Number(over.id)),
    );
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={dragEnd}
      accessibility={{ announcements, screenReaderInstructions: { draggable: t('agenda.dnd.instructions') } }}
    >
      <Table.ScrollContainer minWidth={760}>
        <Table aria-label={t('agenda.table.label')} verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={36} />
              <Table.Th w={48}>{t('agenda.table.order')}</Table.Th>
              <Table.Th w={130}>{t('agenda.table.time')}</Table.Th>
              {/* The item and presenter share what the fixed columns leave, so a long title is not
                  squeezed to one word a line in a 1024-pixel window. */}
              <Table.Th miw={200}>{t('agenda.table.item')}</Table.Th>
              <Table.Th w="28%">{t('agenda.table.presenter')}</Table.Th>
              <Table.Th w={100} ta="right">
                {t('agenda.table.duration')}
              </Table.Th>
              <Table.Th w={150}>{t('agenda.table.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            <SortableContext items={items.map((i) => i.id)} strategy={verticalListSortingStrategy}>
              {items.map((item, index) => (
                <SortableRow
                  key={item.id}
                  item={item}
                  index={index}
                  count={items.length}
                  focused={item.id === focusId}
                  onMove={onMove}
                  onEdit={onEdit}
                  onDelete={onDelete}
                />
              ))}
            </SortableContext>
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </DndContext>
  );
}

interface RowProps {
  item: AgendaItem;
  index: number;
  count: number;
  focused: boolean;
  onMove: Props['onMove'];
  onEdit: Props['onEdit'];
  onDelete: Props['onDelete'];
}

function SortableRow({ item, index, count, focused, onMove, onEdit, onDelete }: RowProps) {
  const { t } = useTranslation();
  const format = useAgendaFormat();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } =
    useSortable({ id: item.id });
  const rowRef = useRef<HTMLTableRowElement | null>(null);

  useEffect(() => {
    if (focused) rowRef.current?.focus();
  }, [focused, index]);

  const keyDown = (event: KeyboardEvent<HTMLTableRowElement>) => {
    // Only the row itself: the buttons inside keep their own keys.
    if (event.target !== event.currentTarget || !event.altKey) return;
    if (event.key === 'ArrowUp' && index > 0) onMove(item.id, index - 1);
    else if (event.key === 'ArrowDown' && index < count - 1) onMove(item.id, index + 1);
    else return;
    event.preventDefault();
  };

  const current = item.status === 'current';
  return (
    <Table.Tr
      ref={(node) => {
        setNodeRef(node);
        rowRef.current = node;
      }}
      tabIndex={0}
      aria-label={t('agenda.table.row', { position: index + 1, title: item.title })}
      aria-current={current ? 'step' : undefined}
      onKeyDown={keyDown}
      style={{
        transform: CSS.Translate.toString(transform),
        transition,
        position: 'relative',
        zIndex: isDragging ? 1 : undefined,
        background: isDragging
          ? 'var(--mantine-color-gray-1)'
          : current
            ? 'var(--mantine-color-yellow-light)'
            : undefined,
      }}
    >
      <Table.Td>
        <ActionIcon
          ref={setActivatorNodeRef}
          variant="subtle"
          color="gray"
          style={{ cursor: 'grab', touchAction: 'none' }}
          {...attributes}
          {...listeners}
          aria-label={t('agenda.table.drag', { title: item.title })}
        >
          <IconGripVertical size={16} />
        </ActionIcon>
      </Table.Td>
      <Table.Td>{index + 1}</Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        {format.span(item.plannedStartMinute, item.plannedEndMinute)}
      </Table.Td>
      <Table.Td>
        <Text fw={600} size="sm">
          {item.title}
        </Text>
        <Group gap={6}>
          <Badge variant="light" size="sm">
            {t(`agenda.kinds.${item.kind}`)}
          </Badge>
          {current && (
            <Badge color="yellow" size="sm">
              {t('agenda.table.current')}
            </Badge>
          )}
        </Group>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{item.presenter}</Text>
        {item.presenterTitle && (
          <Text size="xs" c="dimmed">
            {item.presenterTitle}
          </Text>
        )}
      </Table.Td>
      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
        {format.duration(item.durationMinutes)}
      </Table.Td>
      <Table.Td>
        <Group gap={2} wrap="nowrap">
          <ActionIcon
            variant="subtle"
            aria-label={t('agenda.table.up', { title: item.title })}
            disabled={index === 0}
            onClick={() => onMove(item.id, index - 1)}
          >
            <IconArrowUp size={16} />
          </ActionIcon>
          <ActionIcon
            variant="subtle"
            aria-label={t('agenda.table.down', { title: item.title })}
            disabled={index === count - 1}
            onClick={() => onMove(item.id, index + 1)}
          >
            <IconArrowDown size={16} />
          </ActionIcon>
          <ActionIcon
            variant="subtle"
            aria-label={t('agenda.table.edit', { title: item.title })}
            onClick={() => onEdit(item)}
          >
            <IconPencil size={16} />
          </ActionIcon>
          <ActionIcon
            variant="subtle"
            color="red"
            aria-label={t('agenda.table.delete', { title: item.title })}
            onClick={() => onDelete(item)}
          >
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
