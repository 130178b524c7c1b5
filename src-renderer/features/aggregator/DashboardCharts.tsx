/** The dashboard's charts: members by level per unit (the largest units), units reporting per month. */
import { Card, SimpleGrid, Text } from '@mantine/core';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { RatingLevel } from '../../core/model';
import { CHART_UNITS } from './useDashboard';

const LEVEL_COLORS = { xuat_sac: '#2f9e44', tot: '#1c7ed6', hoan_thanh: '#f59f00', khong_hoan_thanh: '#e03131' };

interface Props {
  levels: Array<{ unit: string } & Record<RatingLevel, number>>;
  months: Array<{ month: string; units: number }>;
  year: number;
  /** How many units reported (the level chart shows at most CHART_UNITS). */
  reportedUnits: number;
}

export function DashboardCharts({ levels, months, year, reportedUnits }: Props) {
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }}>
      <Card withBorder>
        <Text fw={700} mb="xs">
          Xếp loại đảng viên theo đơn vị{reportedUnits > CHART_UNITS ? ` (${CHART_UNITS} đơn vị đông đảng viên nhất)` : ''}
        </Text>
        <ResponsiveContainer width="100%" height={280}>
          <BarChart data={levels}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="unit" tick={{ fontSize: 11 }} />
            <YAxis allowDecimals={false} />
            <Tooltip />
            <Legend />
            <Bar dataKey="xuat_sac" name="Hoàn thành xuất sắc" stackId="a" fill={LEVEL_COLORS.xuat_sac} isAnimationActive={false} />
            <Bar dataKey="tot" name="Hoàn thành tốt" stackId="a" fill={LEVEL_COLORS.tot} isAnimationActive={false} />
            <Bar dataKey="hoan_thanh" name="Hoàn thành" stackId="a" fill={LEVEL_COLORS.hoan_thanh} isAnimationActive={false} />
            <Bar
              dataKey="khong_hoan_thanh"
              name="Không hoàn thành"
              stackId="a"
              fill={LEVEL_COLORS.khong_hoan_thanh}
              isAnimationActive={false}
            />
          </BarChart>
        </ResponsiveContainer>
      </Card>
      <Card withBorder>
        <Text fw={700} mb="xs">
          Số đơn vị có báo cáo nêu gương theo tháng, năm {year}
        </Text>
        <ResponsiveContainer width="100%" height={280}>
          <BarChart data={months}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="month" />
            <YAxis allowDecimals={false} />
            <Tooltip />
            <Bar dataKey="units" name="Số đơn vị" fill="#1c7ed6" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </Card>
    </SimpleGrid>
  );
}
