// @vitest-environment jsdom
import { MantineProvider } from '@mantine/core';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { attendanceRows } from '../../../src-renderer/core/meetings';
import { minutesModel, sampleMinutesInput } from '../../../src-renderer/documents/minutes-content';
import { MinutesView } from '../../../src-renderer/features/meetings/MinutesView';
import { installMantineShims } from '../../helpers/jsdom-shims';

beforeAll(() => installMantineShims());
afterEach(cleanup);

describe('adopted minutes as a read-only document', () => {
  it('shows the parts and sections as headings, the text as paragraphs, tasks and roll call as tables — no form controls', () => {
    const input = sampleMinutesInput(12);
    const model = minutesModel(input);
    const rows = attendanceRows(input.meeting, input.members);
    const { container } = render(
      <MantineProvider>
        <MinutesView model={model} attendance={rows} />
      </MantineProvider>,
    );
    const view = screen.getByTestId('minutes-view');
    expect(container.querySelectorAll('input, textarea, select, button')).toHaveLength(0);
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(model.parts.map((p) => p.heading));
    expect(screen.getByRole('heading', { level: 4, name: '6. Phương hướng, nhiệm vụ tháng tới' })).toBeTruthy();
    expect(within(view).getByText(model.opening)).toBeTruthy();
    // Every paragraph the PDF prints is on the screen ("- " items as list items).
    for (const part of model.parts)
      for (const s of part.sections) for (const p of s.paragraphs) expect(view.textContent).toContain(p.replace(/^- /u, ''));
    const tasks = screen.getByRole('table', { name: 'Phương hướng, nhiệm vụ tháng tới' });
    expect(within(tasks).getAllByRole('row')).toHaveLength(1 + input.meeting.nextTasks.length);
    expect(within(tasks).getByText('15/12/2026')).toBeTruthy();
    const roll = screen.getByRole('table', { name: 'Điểm danh' });
    expect(within(roll).getAllByRole('row')).toHaveLength(1 + rows.length);
    expect(within(roll).getByText('Đi công tác')).toBeTruthy();
    expect(view.textContent).toContain('THƯ KÝ');
    expect(view.textContent).toContain(input.meeting.chairName!);
  });
});
