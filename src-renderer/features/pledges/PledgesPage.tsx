import { ComingSoon } from '../../ui/ComingSoon';

export default function PledgesPage() {
  return <ComingSoon title="Sổ đăng ký nêu gương" description="Đăng ký nêu gương hằng năm theo khung nội dung, xác nhận của chi bộ và in bản đăng ký." />;
}
