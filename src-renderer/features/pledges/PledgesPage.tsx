import { Route, Routes } from 'react-router';
import { Text } from '@mantine/core';
import { useOwnUnit } from '../../services/settings';
import { PledgeBook } from './PledgeBook';
import { PledgeEditor } from './PledgeEditor';
import { FrameworkList } from './FrameworkList';
import { FrameworkEditor } from './FrameworkEditor';
import { TemplateEditor } from './TemplateEditor';

/** Sổ đăng ký nêu gương: the year's registrations, each member's form, and the frameworks. */
export default function PledgesPage() {
  const unit = useOwnUnit();
  if (!unit) return <Text>Chưa có thông tin đơn vị. Hãy hoàn tất bước thiết lập ban đầu.</Text>;
  return (
    <Routes>
      <Route index element={<PledgeBook unit={unit} />} />
      <Route path="mau" element={<TemplateEditor unit={unit} />} />
      <Route path="khung" element={<FrameworkList />} />
      <Route path="khung/moi" element={<FrameworkEditor />} />
      <Route path="khung/:id" element={<FrameworkEditor />} />
      <Route path="dang-vien/:memberId" element={<PledgeEditor unit={unit} />} />
    </Routes>
  );
}
