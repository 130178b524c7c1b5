import { ComingSoon } from '../../ui/ComingSoon';

export default function AggregatorPage() {
  return <ComingSoon title="Tổng hợp các chi bộ" description="Nhập báo cáo của các chi bộ và tổng hợp số liệu toàn đảng bộ." />;
}
