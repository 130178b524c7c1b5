/** Text banks of the sample data (realistic wording of a cell in a provincial agency). NFC. */

/** Concrete actions per QĐ 101 category code (PLEDGE_FRAMEWORK_PRESETS 'QD101-2012'). */
export const ACTIONS_BY_CATEGORY: Record<string, readonly string[]> = {
  TU_TUONG: [
    'Thường xuyên học tập, nghiên cứu nghị quyết, chỉ thị của Đảng; tham gia đầy đủ các lớp học tập, quán triệt nghị quyết do cấp ủy tổ chức',
    'Tuyên truyền, vận động gia đình và người thân chấp hành chủ trương của Đảng, chính sách, pháp luật của Nhà nước',
    'Đấu tranh với các quan điểm sai trái, thù địch trên mạng xã hội; không chia sẻ thông tin chưa được kiểm chứng',
    'Đọc báo Đảng, theo dõi thời sự hằng ngày; viết ít nhất một bài thu hoạch sau mỗi đợt học tập nghị quyết',
  ],
  DAO_DUC: [
    'Gương mẫu chấp hành nội quy cơ quan, đi làm đúng giờ, không uống rượu bia trong giờ làm việc',
    'Sống giản dị, trung thực; không lợi dụng chức vụ, quyền hạn để mưu lợi cá nhân',
    'Thực hành tiết kiệm, chống lãng phí trong sử dụng điện, nước, văn phòng phẩm của cơ quan',
    'Giữ gìn phẩm chất đạo đức, lối sống lành mạnh; xây dựng gia đình văn hóa tại nơi cư trú',
  ],
  TRACH_NHIEM: [
    'Hoàn thành đúng hạn 100% nhiệm vụ chuyên môn được giao, không để hồ sơ tồn đọng quá hạn',
    'Chủ động đề xuất giải pháp cải cách thủ tục hành chính trong lĩnh vực được phân công',
    'Ứng dụng công nghệ thông tin, xử lý văn bản trên hệ thống quản lý văn bản điện tử',
    'Tham gia đầy đủ các hoạt động chuyên môn, hoàn thành chỉ tiêu công tác năm',
  ],
  KY_LUAT: [
    'Tham gia đầy đủ sinh hoạt chi bộ, đóng đảng phí đúng hạn và đúng mức quy định',
    'Chấp hành nghiêm sự phân công của tổ chức; thực hiện nguyên tắc tập trung dân chủ',
    'Báo cáo đầy đủ, trung thực với chi bộ về việc thực hiện nhiệm vụ và nội dung đã đăng ký',
  ],
  DOAN_KET: [
    'Giữ gìn đoàn kết nội bộ, chân thành giúp đỡ đồng nghiệp cùng hoàn thành nhiệm vụ',
    'Tham gia tích cực các hoạt động của công đoàn, đoàn thanh niên, phong trào thi đua của cơ quan',
    'Không nói và làm trái nghị quyết của chi bộ; góp ý thẳng thắn, xây dựng trong sinh hoạt',
  ],
  QUAN_HE_DAN: [
    'Giữ mối liên hệ với chi ủy, chi bộ nơi cư trú theo Quy định 213-QĐ/TW; tham gia sinh hoạt tổ dân phố',
    'Tiếp công dân, giải quyết hồ sơ tận tình, đúng quy định; không gây phiền hà, sách nhiễu',
    'Tham gia các hoạt động từ thiện, nhân đạo, đền ơn đáp nghĩa tại địa phương',
  ],
  PHE_BINH: [
    'Thường xuyên tự phê bình và phê bình trong sinh hoạt chi bộ, không né tránh, nể nang',
    'Tiếp thu ý kiến góp ý của chi bộ, quần chúng và có biện pháp khắc phục hạn chế',
    'Xây dựng kế hoạch khắc phục những hạn chế đã được chỉ ra trong kiểm điểm năm trước',
  ],
};

/** Fallback actions for categories of other frameworks. */
export const GENERIC_ACTIONS: readonly string[] = [
  'Gương mẫu thực hiện nhiệm vụ được giao, báo cáo kết quả trong sinh hoạt chi bộ hằng tháng',
  'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh gắn với nhiệm vụ chuyên môn',
  'Chấp hành nghiêm quy định của Đảng, pháp luật của Nhà nước và nội quy cơ quan',
];

export const TARGETS: readonly string[] = ['100%', 'Hằng tháng', 'Hằng quý', 'Đạt 100% kế hoạch', 'Không vi phạm', 'Ít nhất 2 lần/năm'];

export const MEASURES =
  'Tự giác thực hiện, báo cáo kết quả trong các kỳ sinh hoạt chi bộ hằng tháng.\nChịu sự giám sát của chi bộ, của quần chúng nơi công tác và nơi cư trú.';

export const SELF_NOTES: readonly string[] = [
  'Hoàn thành tốt các nhiệm vụ được giao trong tháng.',
  'Tham gia đầy đủ sinh hoạt chi bộ và học tập nghị quyết.',
  'Có tháng xử lý hồ sơ còn chậm, đã khắc phục.',
  'Đi công tác cơ sở nửa tháng, vẫn hoàn thành nhiệm vụ.',
  'Tích cực tham gia hoạt động tại nơi cư trú.',
];

export const NOT_GOOD_NOTES: readonly string[] = [
  'Chậm tiến độ một số nhiệm vụ chuyên môn.',
  'Chưa tham gia sinh hoạt nơi cư trú.',
  'Nộp báo cáo chậm so với thời hạn.',
];

export const ABSENCE_REASONS: readonly string[] = [
  'Đi công tác',
  'Ốm, điều trị tại bệnh viện',
  'Nghỉ phép',
  'Đi học tập trung',
  'Việc gia đình',
];

export const NEWS: readonly string[] = [
  'Đồng chí bí thư thông tin tình hình thời sự trong nước và quốc tế nổi bật trong tháng; quán triệt các văn bản mới của cấp trên.',
  'Quán triệt Chỉ thị 50-CT/TW về đổi mới, nâng cao chất lượng sinh hoạt chi bộ; phổ biến văn bản mới của Đảng ủy cấp trên.',
  'Thông tin kết quả phát triển kinh tế - xã hội của tỉnh; phổ biến các quy định mới về phòng, chống tham nhũng, tiêu cực.',
  'Phổ biến kế hoạch học tập, quán triệt nghị quyết của Trung ương; thông tin tình hình Biển Đông và các sự kiện quốc tế.',
];

export const IDEOLOGY: readonly string[] = [
  'Đảng viên yên tâm công tác, chấp hành tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước; nội bộ đoàn kết.',
  'Tư tưởng đảng viên ổn định; một số đồng chí còn băn khoăn về việc sắp xếp tổ chức bộ máy, đã được chi ủy trao đổi, động viên.',
  'Đảng viên phấn khởi, tin tưởng vào sự lãnh đạo của Đảng; không có biểu hiện suy thoái về tư tưởng chính trị.',
];

export const TASKS: readonly string[] = [
  'Hoàn thành báo cáo kết quả công tác tháng, quý gửi cấp trên đúng hạn',
  'Rà soát, bổ sung hồ sơ đảng viên, cập nhật Sổ tay đảng viên điện tử',
  'Tổ chức học tập, quán triệt nghị quyết mới của cấp trên',
  'Thu, nộp đảng phí đầy đủ, đúng hạn',
  'Triển khai phong trào thi đua trong cơ quan',
  'Chuẩn bị nội dung sinh hoạt chuyên đề quý',
  'Phối hợp với công đoàn tổ chức hoạt động cho đoàn viên',
  'Đôn đốc đảng viên báo cáo việc thực hiện nội dung đăng ký nêu gương',
];

export const ASSIGNEES: readonly string[] = [
  'Chi ủy',
  'Bí thư chi bộ',
  'Toàn thể đảng viên',
  'Văn phòng',
  'Tổ đảng',
  'Ban Chấp hành Công đoàn',
];

export const TOPICS: readonly string[] = [
  'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về trách nhiệm nêu gương',
  'Nâng cao chất lượng sinh hoạt chi bộ gắn với nhiệm vụ chuyên môn',
  'Chuyển đổi số trong hoạt động của cơ quan',
  'Phòng, chống suy thoái tư tưởng chính trị, đạo đức, lối sống',
  'Trách nhiệm nêu gương của đảng viên nơi cư trú',
];

export const SPEECHES: readonly string[] = [
  'Thống nhất với dự thảo nghị quyết; đề nghị bổ sung nhiệm vụ chuyển đổi số.',
  'Đề nghị chi bộ quan tâm hơn công tác phát triển đảng viên trong đoàn viên thanh niên.',
  'Đề xuất giải pháp rút ngắn thời gian giải quyết hồ sơ của bộ phận một cửa.',
  'Thống nhất đánh giá kết quả tháng; đề nghị biểu dương các đồng chí có thành tích nổi bật.',
  'Đề nghị chi ủy sớm triển khai kế hoạch kiểm điểm cuối năm.',
];

export const UNIT_AGENCIES: readonly string[] = [
  'Sở Tư pháp',
  'Sở Tài chính',
  'Sở Nội vụ',
  'Sở Y tế',
  'Sở Giáo dục và Đào tạo',
  'Sở Xây dựng',
  'Sở Công Thương',
  'Sở Nông nghiệp và Môi trường',
  'Sở Khoa học và Công nghệ',
  'Sở Văn hóa, Thể thao và Du lịch',
  'Thanh tra tỉnh',
  'Văn phòng Ủy ban nhân dân tỉnh',
  'Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh',
  'Sở Dân tộc và Tôn giáo',
  'Ban Quản lý các khu công nghiệp',
  'Đài Phát thanh và Truyền hình tỉnh',
  'Báo tỉnh',
  'Trường Chính trị tỉnh',
  'Kho bạc Nhà nước khu vực',
  'Thuế tỉnh',
  'Bảo hiểm xã hội tỉnh',
  'Cục Thống kê tỉnh',
  'Ngân hàng Chính sách xã hội chi nhánh tỉnh',
  'Liên đoàn Lao động tỉnh',
  'Hội Nông dân tỉnh',
  'Hội Liên hiệp Phụ nữ tỉnh',
  'Tỉnh đoàn',
  'Hội Cựu chiến binh tỉnh',
  'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh',
  'Văn phòng Tỉnh ủy',
  'Ban Tổ chức Tỉnh ủy',
  'Ban Tuyên giáo và Dân vận Tỉnh ủy',
  'Ủy ban Kiểm tra Tỉnh ủy',
  'Bệnh viện Đa khoa tỉnh',
  'Bệnh viện Y dược cổ truyền',
  'Trung tâm Kiểm soát bệnh tật tỉnh',
  'Trường Cao đẳng Sư phạm',
  'Trường Trung học phổ thông chuyên',
  'Quỹ Đầu tư phát triển tỉnh',
  'Trung tâm Phục vụ hành chính công',
  'Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng',
  'Trung tâm Xúc tiến đầu tư',
  'Sở Ngoại vụ',
  'Chi cục Kiểm lâm',
  'Trung tâm Công nghệ thông tin và Truyền thông',
  'Hội Chữ thập đỏ tỉnh',
  'Liên minh Hợp tác xã tỉnh',
  'Công ty Điện lực tỉnh',
  'Công ty Cấp thoát nước',
  'Bưu điện tỉnh',
  'Viễn thông tỉnh',
  'Trường Cao đẳng Nghề',
  'Thư viện tỉnh',
  'Bảo tàng tỉnh',
  'Trung tâm Văn hóa tỉnh',
  'Trung tâm Y tế thành phố',
  'Ban Quản lý rừng phòng hộ',
  'Trung tâm Dịch vụ việc làm',
];

/** Leadership posts of members who are not office holders of the cell: [post, weight, at most how many]. */
export const LEADER_POSTS: ReadonlyArray<readonly [string, number, number]> = [
  ['Phó Trưởng phòng', 45, Infinity],
  ['Trưởng phòng', 35, Infinity],
  ['Phó Chánh Văn phòng', 6, 2],
  ['Chánh Văn phòng', 5, 1],
  ['Chánh Thanh tra', 5, 1],
  ['Phó Chánh Thanh tra', 4, 2],
];
export const STAFF_POSTS: readonly string[] = [
  'Chuyên viên',
  'Chuyên viên',
  'Chuyên viên',
  'Chuyên viên chính',
  'Kế toán viên',
  'Văn thư',
  'Cán sự',
  'Thanh tra viên',
  'Nhân viên',
];
export const MASS_ORG_POSTS: readonly string[] = [
  'Chủ tịch Công đoàn cơ sở',
  'Bí thư Chi đoàn',
  'Ủy viên Ban Chấp hành Công đoàn',
  'Chi hội trưởng Cựu chiến binh',
  'Trưởng ban Nữ công',
];
export const WARDS: readonly string[] = [
  'Phường Phủ Hà',
  'Phường Đô Vinh',
  'Phường Bảo An',
  'Phường Đông Hải',
  'Xã Ninh Phước',
  'Xã Phước Dân',
  'Phường Thanh Sơn',
  'Xã Ninh Hải',
];
