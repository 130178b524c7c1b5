import { Table, VisuallyHidden } from '@mantine/core';

/** The header cell over a table's column of buttons: named for screen readers, not shown. */
export function ActionsHeader() {
  return (
    <Table.Th>
      <VisuallyHidden>Thao tác</VisuallyHidden>
    </Table.Th>
  );
}
