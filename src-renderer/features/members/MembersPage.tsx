import { Route, Routes } from 'react-router';
import { Text } from '@mantine/core';
import { useOwnUnit } from '../../services/settings';
import { RosterList } from './RosterList';
import { MemberEditor } from './MemberEditor';
import { ImportRoster } from './ImportRoster';
import { CommitteePanel } from './CommitteePanel';

/** Đảng viên: the roster (list, add/edit, Excel in/out) and the chi ủy of the unit over time. */
export default function MembersPage() {
  const unit = useOwnUnit();
  if (!unit) return <Text>Chưa có thông tin đơn vị. Hãy hoàn tất bước thiết lập ban đầu.</Text>;
  return (
    <Routes>
      <Route index element={<RosterList unit={unit} />} />
      <Route path="them" element={<MemberEditor unit={unit} />} />
      <Route path="nhap-excel" element={<ImportRoster unit={unit} />} />
      <Route path="chi-uy" element={<CommitteePanel unit={unit} />} />
      <Route path=":memberId" element={<MemberEditor unit={unit} />} />
    </Routes>
  );
}
