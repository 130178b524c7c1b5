import { ComingSoon } from '../../ui/ComingSoon';

export default function MeetingsPage() {
  return <ComingSoon title="Sinh hoạt chi bộ" description="Ghi biên bản sinh hoạt chi bộ, điểm danh, biểu quyết và in biên bản." />;
}
