"""Interface words of the catalogue pages, Vietnamese and English. Data text (names,
descriptions) comes from the records; everything a template writes by itself comes from here."""

from __future__ import annotations

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
        "booklet": "Danh mục in", "search": "Tìm kiếm", "search_label": "Tìm sản phẩm OCOP", "search_button": "Tìm",
        "sort_relevance": "Phù hợp nhất", "results": "{n} kết quả", "no_results": "Không tìm thấy sản phẩm nào.",
        "more": "Xem thêm kết quả", "any": "Tất cả", "searching": "Đang tìm…",
        "search_unavailable": "Tìm kiếm không chạy khi trang được mở từ ổ đĩa (như bản sao trên USB) "
                              "hoặc khi mất kết nối. Hãy xem danh mục sản phẩm theo số sao, bộ sản phẩm "
                              "hoặc xã, phường:",
        "search_noscript": "Tìm kiếm cần JavaScript. Danh mục sản phẩm dùng được không cần JavaScript:",
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
        "n_products": "{n} products", "n_stars": "{n} stars", "dong": "dong",
        "datasets": "Downloads", "json": "The whole catalogue (JSON)", "csv": "Product list (CSV)",
        "schemas": "JSON Schemas of the data", "sample": "Sample data",
        "rules": "Validation rules", "rules_intro": "ocop validate checks every record file against the rules "
        "below; each error or warning names its rule in square brackets, e.g. [score-out-of-band].",
        "rule_good": "Good", "rule_bad": "Bad", "rule_family": "Family",
        "count_products": "OCOP products", "of_which": "of which",
        "booklet": "Printable catalogue", "search": "Search", "search_label": "Search OCOP products", "search_button": "Search",
        "sort_relevance": "Best match", "results": "{n} results", "no_results": "No product found.",
        "more": "More results", "any": "Any", "searching": "Searching…",
        "search_unavailable": "Search does not work when the pages are opened from disk (such as a copy on "
                              "a USB stick) or when the connection drops. Browse the catalogue by stars, "
                              "product set or commune instead:",
        "search_noscript": "Search needs JavaScript. The catalogue works without it:",
    },
}

from generator.pages.verify_labels import VERIFY_LABELS  # noqa: E402  (the label check's words)

for _lang, _words in VERIFY_LABELS.items():
    LABELS[_lang].update(_words)


def label(lang: str, key: str, **values) -> str:
    text = LABELS[lang].get(key) or LABELS["vi"][key]
    return text.format(**values) if values else text
