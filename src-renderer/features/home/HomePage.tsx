import { Link } from 'react-router';
import { Anchor, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useOwnUnit, useSettings } from '../../app/hooks';
import { currentProfile } from '../../core/units';
import { periodLabel, todayIso, weekdayName, formatDate } from '../../core/text';

/** Start screen: the unit and the month's routine with links to the screens that do each step. */
export default function HomePage() {
  const unit = useOwnUnit();
  const settings = useSettings();
  const today = todayIso();
  const profile = unit ? currentProfile(unit) : undefined;
  return (
    <Stack>
      <Title order={2}>Tháng này — {periodLabel(today.slice(0, 7))}</Title>
      <Text>
        Hôm nay: {weekdayName(today)}, {formatDate(today)}. {profile ? `Đơn vị: ${profile.name}.` : ''}
      </Text>
      <Paper withBorder p="md">
        {settings.mode === 'cell' ? (
          <List spacing="sm" type="ordered">
            <List.Item>
              Cập nhật danh sách <Anchor component={Link} to="/dang-vien">đảng viên</Anchor>.
            </List.Item>
            <List.Item>
              Đầu năm: đăng ký nêu gương trong <Anchor component={Link} to="/so-dang-ky">sổ đăng ký</Anchor>.
            </List.Item>
            <List.Item>
              Đảng viên <Anchor component={Link} to="/tu-danh-gia">tự đánh giá</Anchor> việc thực hiện trong tháng.
            </List.Item>
            <List.Item>
              <Anchor component={Link} to="/sinh-hoat">Sinh hoạt chi bộ</Anchor> ngày {settings.meetingDay} hằng tháng, ghi và in biên bản.
            </List.Item>
            <List.Item>
              Gửi báo cáo lên cấp trên ở mục <Anchor component={Link} to="/trao-doi">Trao đổi dữ liệu</Anchor>.
            </List.Item>
          </List>
        ) : (
          <List spacing="sm" type="ordered">
            <List.Item>
              Nhận tệp báo cáo của các chi bộ ở mục <Anchor component={Link} to="/trao-doi">Trao đổi dữ liệu</Anchor>.
            </List.Item>
            <List.Item>
              Xem số liệu ở mục <Anchor component={Link} to="/tong-hop">Tổng hợp các chi bộ</Anchor>.
            </List.Item>
          </List>
        )}
      </Paper>
    </Stack>
  );
}
