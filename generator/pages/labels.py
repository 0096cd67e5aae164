"""Interface words of the catalogue pages, one dictionary per language. Data text (names,
descriptions) comes from the records; everything a template writes by itself comes from here.
Adding a language to the site means adding its dictionary here (and in verify_labels.py); a word
it lacks is taken from the next language of its fallback chain."""

from __future__ import annotations

from generator import formats
from generator.model.languages import PRIMARY, Lang
from generator.model.text import Text

LABELS = {
    "vi": {
        "home": "Trang chủ", "catalogue": "Sản phẩm", "producers": "Chủ thể", "localities": "Địa phương",
        "categories": "Nhóm sản phẩm", "fairs": "Hội chợ", "plans": "Kế hoạch", "statistics": "Thống kê",
        "open_data": "Dữ liệu mở", "stars": "Số sao", "category": "Bộ sản phẩm", "locality": "Xã, phường",
        "producer": "Chủ thể", "producer_kind": "Loại hình chủ thể", "status": "Hiệu lực",
        "sort": "Sắp xếp", "sort_name": "Theo tên", "sort_stars": "Theo số sao", "sort_newest": "Mới nhất",
        "all": "Tất cả", "page": "Trang", "previous": "Trang trước", "next": "Trang sau",
        "certificate": "Giấy chứng nhận", "decision": "Quyết định", "issued_by": "Cơ quan ký",
        "issued_on": "Ngày ký", "expires_on": "Hiệu lực đến", "revoked_on": "Thu hồi ngày",
        "revoked_reason": "Lý do thu hồi", "renewal_pending_until": "Đang đánh giá lại, giữ hiệu lực đến",
        "score": "Điểm đánh giá", "score_parts": "Điểm phần A / B / C", "code": "Mã số sản phẩm",
        "address_as_recognised": "Địa chỉ ghi trên quyết định", "description": "Giới thiệu",
        "story": "Câu chuyện sản phẩm", "packaging": "Quy cách đóng gói", "ingredients": "Thành phần",
        "usage": "Hướng dẫn sử dụng", "price": "Giá", "barcode": "Mã vạch",
        "traceability": "Truy xuất nguồn gốc", "certifications": "Chứng nhận khác",
        "where_to_buy": "Nơi mua", "history": "Các lần công nhận", "qr": "Mã QR của trang này",
        "photos": "Hình ảnh", "products": "Sản phẩm", "products_of": "Sản phẩm của chủ thể",
        "no_products": "Chưa có sản phẩm.", "formerly": "Trước 7/2025 gồm", "representative": "Người đại diện",
        "address": "Địa chỉ", "phone": "Điện thoại", "email": "Thư điện tử", "website": "Trang web",
        "tax_code": "Mã số thuế", "about": "Giới thiệu", "map": "Vị trí", "upcoming": "Sắp diễn ra",
        "past": "Đã diễn ra", "venue": "Địa điểm", "organisers": "Đơn vị tổ chức", "booths": "Số gian hàng",
        "exhibitors": "Chủ thể tham gia", "theme": "Chủ đề", "dates": "Thời gian",
        "calendar": "Thêm vào lịch (.ics)", "calendar_all": "Lịch tất cả hội chợ (.ics)",
        "document": "Văn bản", "period": "Giai đoạn", "targets": "Chỉ tiêu", "target": "Chỉ tiêu",
        "counted": "Sản phẩm được tính", "producers_counted": "Chủ thể được tính", "reported": "Số liệu báo cáo",
        "as_of": "tính đến", "source": "nguồn", "met": "Đạt", "not_met": "Chưa đạt",
        "see_all": "Xem tất cả", "newest": "Sản phẩm mới công nhận", "five_star": "Sản phẩm 5 sao",
        "by_stars": "Số sản phẩm theo số sao", "by_category": "Số sản phẩm theo nhóm",
        "by_locality": "Số sản phẩm theo xã, phường", "by_year": "Số lần công nhận theo năm",
        "what_is_ocop": "OCOP là gì?", "no_longer": "Không còn hiệu lực",
        "status_valid": "Còn hiệu lực", "status_expiring": "Sắp hết hạn", "status_renewal-pending": "Đang đánh giá lại",
        "status_expired": "Hết hiệu lực", "status_revoked": "Đã thu hồi",
        "kind_cooperative": "Hợp tác xã", "kind_cooperative-group": "Tổ hợp tác", "kind_enterprise": "Doanh nghiệp",
        "kind_branch": "Chi nhánh", "kind_farm": "Trang trại", "kind_household": "Hộ kinh doanh",
        "kind_association": "Hội, hiệp hội",
        "level_district": "cấp huyện", "level_province": "cấp tỉnh", "level_ministry": "cấp bộ",
        "locality_commune": "xã", "locality_ward": "phường", "locality_special-zone": "đặc khu",
        "n_products": "{n} sản phẩm", "n_stars": "{n} sao", "dong": "đồng",
        "datasets": "Tải dữ liệu", "json": "Toàn bộ danh mục (JSON)", "csv": "Danh sách sản phẩm (CSV)",
        "schemas": "Lược đồ JSON của dữ liệu", "sample": "Dữ liệu mẫu",
        "rules": "Các quy tắc kiểm tra", "rules_intro": "Lệnh ocop validate kiểm tra mọi tệp dữ liệu theo các "
        "quy tắc dưới đây; mỗi lỗi hoặc cảnh báo ghi mã quy tắc trong ngoặc vuông, ví dụ [score-out-of-band].",
        "rule_good": "Đúng", "rule_bad": "Sai", "rule_family": "Nhóm",
        "count_products": "Số sản phẩm OCOP", "of_which": "trong đó",
        "booklet_kicker": "Danh mục sản phẩm OCOP", "data_as_of": "Dữ liệu ngày", "contents": "Mục lục",
        "producer_index": "Danh sách chủ thể", "page_of": "Trang {n} / {total}", "colon": ": ",
        "booklet": "Danh mục in", "search": "Tìm kiếm", "search_label": "Tìm sản phẩm OCOP", "search_button": "Tìm",
        "sort_relevance": "Phù hợp nhất", "results": "{n} kết quả", "no_results": "Không tìm thấy sản phẩm nào.",
        "more": "Xem thêm kết quả", "any": "Tất cả", "searching": "Đang tìm…",
        "search_unavailable": "Tìm kiếm không chạy khi trang được mở từ ổ đĩa (như bản sao trên USB) "
                              "hoặc khi mất kết nối. Hãy xem danh mục sản phẩm theo số sao, bộ sản phẩm "
                              "hoặc xã, phường:",
        "search_noscript": "Tìm kiếm cần JavaScript. Danh mục sản phẩm dùng được không cần JavaScript:",
        "language_name": "Tiếng Việt", "locale": "vi_VN", "lang_vi": "tiếng Việt", "lang_en": "tiếng Anh",
        "lang_zh": "tiếng Trung", "shown_in": "Nội dung này hiển thị bằng {language} (chưa có bản dịch).",
        "home_intro": "Chương trình Mỗi xã một sản phẩm (OCOP) đánh giá và công nhận sản phẩm đặc trưng của địa "
                      "phương từ 3 đến 5 sao. Mỗi giấy chứng nhận có hiệu lực 36 tháng; trang này cho biết sao, "
                      "quyết định và thời hạn của từng sản phẩm.",
    },
    "en": {
        "home": "Home", "catalogue": "Products", "producers": "Producers", "localities": "Localities",
        "categories": "Categories", "fairs": "Trade fairs", "plans": "Plans", "statistics": "Statistics",
        "open_data": "Open data", "stars": "Stars", "category": "Product set", "locality": "Commune or ward",
        "producer": "Producer", "producer_kind": "Kind of producer", "status": "Certificate status",
        "sort": "Sort", "sort_name": "By name", "sort_stars": "By stars", "sort_newest": "Newest",
        "all": "All", "page": "Page", "previous": "Previous page", "next": "Next page",
        "certificate": "Certificate", "decision": "Decision", "issued_by": "Signed by",
        "issued_on": "Signed on", "expires_on": "Valid until", "revoked_on": "Revoked on",
        "revoked_reason": "Reason", "renewal_pending_until": "Renewal under way, valid until",
        "score": "Council score", "score_parts": "Scores of parts A / B / C", "code": "Product code",
        "address_as_recognised": "Address on the decision", "description": "Description",
        "story": "Product story", "packaging": "Packaging", "ingredients": "Ingredients",
        "usage": "How to use", "price": "Price", "barcode": "Barcode",
        "traceability": "Traceability", "certifications": "Other certifications",
        "where_to_buy": "Where to buy", "history": "Recognitions", "qr": "QR code of this page",
        "photos": "Photos", "products": "Products", "products_of": "Products of this producer",
        "no_products": "No products yet.", "formerly": "Before July 2025 made of", "representative": "Representative",
        "address": "Address", "phone": "Phone", "email": "E-mail", "website": "Website",
        "tax_code": "Tax code", "about": "About", "map": "Location", "upcoming": "Upcoming",
        "past": "Past", "venue": "Venue", "organisers": "Organisers", "booths": "Booths",
        "exhibitors": "Exhibitors", "theme": "Theme", "dates": "Dates",
        "calendar": "Add to calendar (.ics)", "calendar_all": "Calendar of all fairs (.ics)",
        "document": "Document", "period": "Period", "targets": "Targets", "target": "Target",
        "counted": "Products that count", "producers_counted": "Producers that count", "reported": "Reported figure",
        "as_of": "as of", "source": "source", "met": "Met", "not_met": "Not met yet",
        "see_all": "See all", "newest": "Newly recognised", "five_star": "5-star products",
        "by_stars": "Products by stars", "by_category": "Products by category",
        "by_locality": "Products by commune or ward", "by_year": "Recognitions per year",
        "what_is_ocop": "What is OCOP?", "no_longer": "No longer certified",
        "status_valid": "Valid", "status_expiring": "Expiring soon", "status_renewal-pending": "Renewal pending",
        "status_expired": "Expired", "status_revoked": "Revoked",
        "kind_cooperative": "Cooperative", "kind_cooperative-group": "Cooperative group", "kind_enterprise": "Enterprise",
        "kind_branch": "Branch", "kind_farm": "Farm", "kind_household": "Household business",
        "kind_association": "Association",
        "level_district": "district", "level_province": "province", "level_ministry": "ministry",
        "locality_commune": "commune", "locality_ward": "ward", "locality_special-zone": "special zone",
        "n_products": {"one": "{n} product", "other": "{n} products"}, "n_stars": "{n} stars", "dong": "dong",
        "datasets": "Downloads", "json": "The whole catalogue (JSON)", "csv": "Product list (CSV)",
        "schemas": "JSON Schemas of the data", "sample": "Sample data",
        "rules": "Validation rules", "rules_intro": "ocop validate checks every record file against the rules "
        "below; each error or warning names its rule in square brackets, e.g. [score-out-of-band].",
        "rule_good": "Good", "rule_bad": "Bad", "rule_family": "Family",
        "count_products": "OCOP products", "of_which": "of which",
        "booklet_kicker": "OCOP product catalogue", "data_as_of": "Data as of", "contents": "Contents",
        "producer_index": "Index of producers", "page_of": "Page {n} / {total}", "colon": ": ",
        "booklet": "Printable catalogue", "search": "Search", "search_label": "Search OCOP products", "search_button": "Search",
        "sort_relevance": "Best match", "results": "{n} results", "no_results": "No product found.",
        "more": "More results", "any": "Any", "searching": "Searching…",
        "search_unavailable": "Search does not work when the pages are opened from disk (such as a copy on "
                              "a USB stick) or when the connection drops. Browse the catalogue by stars, "
                              "product set or commune instead:",
        "search_noscript": "Search needs JavaScript. The catalogue works without it:",
        "language_name": "English", "locale": "en_US", "lang_vi": "Vietnamese", "lang_en": "English",
        "lang_zh": "Chinese", "shown_in": "Shown in {language} (not translated yet).",
        "home_intro": "Vietnam's One Commune One Product (OCOP) programme rates local specialities from 3 to 5 "
                      "stars. Each certificate is valid for 36 months; this catalogue shows every product's "
                      "stars, decision and expiry.",
    },
    "zh": {
        "home": "首页", "catalogue": "产品", "producers": "生产主体", "localities": "地方",
        "categories": "产品类别", "fairs": "展销会", "plans": "计划", "statistics": "统计",
        "open_data": "开放数据", "stars": "星级", "category": "产品组", "locality": "社、坊",
        "producer": "生产主体", "producer_kind": "主体类型", "status": "证书状态",
        "sort": "排序", "sort_name": "按名称", "sort_stars": "按星级", "sort_newest": "最新",
        "all": "全部", "page": "页", "previous": "上一页", "next": "下一页",
        "certificate": "认证证书", "decision": "决定", "issued_by": "签发机关",
        "issued_on": "签发日期", "expires_on": "有效期至", "revoked_on": "撤销日期",
        "revoked_reason": "撤销原因", "renewal_pending_until": "正在重新评审，有效期延至",
        "score": "评审得分", "score_parts": "A / B / C 部分得分", "code": "产品编号",
        "address_as_recognised": "决定书上的地址", "description": "简介",
        "story": "产品故事", "packaging": "包装规格", "ingredients": "成分",
        "usage": "使用方法", "price": "价格", "barcode": "条形码",
        "traceability": "溯源", "certifications": "其他认证",
        "where_to_buy": "购买地点", "history": "历次认定", "qr": "本页二维码",
        "photos": "图片", "products": "产品", "products_of": "该主体的产品",
        "no_products": "暂无产品。", "formerly": "2025年7月前包括", "representative": "代表人",
        "address": "地址", "phone": "电话", "email": "电子邮件", "website": "网站",
        "tax_code": "税号", "about": "简介", "map": "位置", "upcoming": "即将举办",
        "past": "已举办", "venue": "地点", "organisers": "主办单位", "booths": "展位数",
        "exhibitors": "参展主体", "theme": "主题", "dates": "时间",
        "calendar": "添加到日历 (.ics)", "calendar_all": "全部展销会日历 (.ics)",
        "document": "文件", "period": "期间", "targets": "指标", "target": "指标",
        "counted": "计入的产品", "producers_counted": "计入的生产主体", "reported": "报告数据",
        "as_of": "截至", "source": "来源", "met": "已达成", "not_met": "未达成",
        "see_all": "查看全部", "newest": "新认定产品", "five_star": "五星产品",
        "by_stars": "各星级产品数", "by_category": "各类别产品数",
        "by_locality": "各社、坊产品数", "by_year": "每年认定次数",
        "what_is_ocop": "什么是 OCOP？", "no_longer": "已不再有效",
        "status_valid": "有效", "status_expiring": "即将到期", "status_renewal-pending": "正在重新评审",
        "status_expired": "已失效", "status_revoked": "已撤销",
        "kind_cooperative": "合作社", "kind_cooperative-group": "合作小组", "kind_enterprise": "企业",
        "kind_branch": "分支机构", "kind_farm": "农场", "kind_household": "个体工商户",
        "kind_association": "协会",
        "level_district": "县级", "level_province": "省级", "level_ministry": "部级",
        "locality_commune": "社", "locality_ward": "坊", "locality_special-zone": "特区",
        "n_products": "{n} 个产品", "n_stars": "{n} 星", "dong": "越南盾",
        "datasets": "下载", "json": "完整目录 (JSON)", "csv": "产品列表 (CSV)",
        "schemas": "数据的 JSON Schema", "sample": "示例数据",
        "rules": "校验规则", "rules_intro": "ocop validate 按以下规则检查每个记录文件；每条错误或警告都在方括号中"
        "注明其规则，例如 [score-out-of-band]。",
        "rule_good": "正确", "rule_bad": "错误", "rule_family": "类别",
        "count_products": "OCOP 产品", "of_which": "其中",
        "booklet_kicker": "OCOP 产品目录", "data_as_of": "数据截至", "contents": "目录",
        "producer_index": "生产主体索引", "page_of": "第 {n} 页，共 {total} 页", "colon": "：",
        "booklet": "可打印目录", "search": "搜索", "search_label": "搜索 OCOP 产品", "search_button": "搜索",
        "sort_relevance": "最相关", "results": "{n} 个结果", "no_results": "未找到产品。",
        "more": "更多结果", "any": "不限", "searching": "正在搜索…",
        "search_unavailable": "从磁盘直接打开页面（例如U盘上的副本）或网络中断时无法搜索。"
                              "请按星级、产品组或社浏览目录：",
        "search_noscript": "搜索需要 JavaScript。目录无需 JavaScript 即可浏览：",
        "language_name": "中文", "locale": "zh_CN", "lang_vi": "越南语", "lang_en": "英语", "lang_zh": "中文",
        "shown_in": "此内容以{language}显示（尚无中文译文）。",
        "home_intro": "越南“一社一品”（OCOP）计划对各地特色产品进行评定，认定为三星至五星。每份证书有效期为"
                      "36个月；本目录列出每个产品的星级、认定决定和有效期。",
        "identity_site_name": "OCOP {place}", "identity_description": "{place} OCOP（一社一品）产品目录",
        "identity_footer": "{place} OCOP 产品目录", "identity_booklet_title": "{place} OCOP 产品目录",
    },
}

from generator.pages.verify_labels import VERIFY_LABELS  # noqa: E402  (the label check's words)

for _lang, _words in VERIFY_LABELS.items():
    LABELS.setdefault(_lang, {}).update(_words)


def label(lang: str, key: str, **values) -> str:
    """The word `key` in `lang`, its `{placeholders}` filled in from `values`. A word with plural
    forms ({"one": …, "other": …}, CLDR's categories) is chosen by `count` (else `n`, when a number):
    "1 product", "2 products" (generator/formats.py: plural)."""
    text = _word(lang, key)
    if isinstance(text, dict):
        count = values.get("count", values.get("n"))
        form = formats.plural(count, lang) if isinstance(count, (int, float)) else "other"
        text = text.get(form, text["other"])
    return text.format(**values) if values else text


def _word(lang: str, key: str) -> str:
    for code in lang.chain if isinstance(lang, Lang) else (lang,):
        text = LABELS.get(code, {}).get(key)
        if text:
            return text
    return LABELS[PRIMARY][key]


def label_text(key: str, langs, make=None, **values) -> Text:
    """The interface word `key` in each of `langs` as one Text (a page title each language's page
    shows in its own words). `make(lang, word)` may build on the word, e.g. add a name after it."""
    words = {str(lang): label(lang, key, **values) for lang in langs}
    if make is not None:
        words = {code: make(lang, words[code]) for code, lang in zip(words, langs)}
    vi = words.pop(PRIMARY, None) or label(PRIMARY, key, **values)
    return Text(vi, **words)
