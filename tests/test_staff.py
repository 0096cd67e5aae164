"""What a provincial OCOP employee meets: `ocop new` and `ocop renew` driven in a real terminal in
Vietnamese, and each mistake's exact Vietnamese message."""

from __future__ import annotations

import datetime as dt
import io
import os
import subprocess
import sys

import pytest
import yaml

from generator.rules import validate
from tests.conftest import PRODUCT, TODAY, write_catalogue
from tests.terminal import Terminal

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


@pytest.fixture
def term():
    opened = []

    def start(*args):
        opened.append(Terminal(*args, "--today", "2026-11-23", cwd=ROOT))
        return opened[-1]
    yield start
    for t in opened:
        t.close()


def test_new_product_guides_and_checks_every_answer(tmp_path, term):
    write_catalogue(tmp_path, {})
    t = term("new", "product", "--root", str(tmp_path))
    t.answer("Tên sản phẩm: ", "Rượu mơ Yên Tử")  # the file exists: said at once, before anything else
    assert "products/ruou-mo-yen-tu.yml: đã có tệp này; nếu là gia hạn, hãy sửa tệp đó" in t.expect("Tên sản phẩm: ")
    os.write(t.fd, "Đũa tre Ba Chẽ\n".encode())
    assert "Tệp sẽ ghi: products/dua-tre-ba-che.yml" in t.answer("Chủ thể", "yen tu")
    shown = t.answer("Bộ sản phẩm", "trà")  # the 26 sets are listed, numbered by their own numbers
    assert "   01. Rau, củ, quả, hạt tươi" in shown and "   26. Dịch vụ du lịch cộng đồng" in shown
    assert "→ Hợp tác xã Yên Tử (htx-yen-tu)" in shown
    found = t.answer("Bộ sản phẩm", "12")  # "trà" found two sets; 12 is set 12
    assert "Có 2 kết quả:\n   11. Chè tươi, chè chế biến\n   12. Sản phẩm trà từ thực vật khác\n" in found
    t.answer("Số sao (3, 4 hoặc 5): ", "7")
    wrong = t.answer("Số sao (3, 4 hoặc 5): ", "4")
    assert "✗ lỗi: stars: số sao phải là 3, 4 hoặc 5, nhưng thấy 7" in wrong
    t.answer("Xã, phường", "Hồng Hải")  # a name from before July 2025 finds the ward it became
    assert "→ phường Hạ Long (ha-long); trước 7/2025: phường Hồng Hải" in t.answer("Số quyết định", "1234/QĐ-UBND")
    t.answer("Cơ quan ký, ghi như trên quyết định [UBND tỉnh Quảng Ninh]: ", "")
    t.answer("Ngày ký (YYYY-MM-DD): ", "01/10/2026")
    wrong = t.answer("Ngày ký (YYYY-MM-DD): ", "2026-10-01")
    assert 'certificate.issued_on: cần ngày viết dạng YYYY-MM-DD, nhưng thấy "01/10/2026" (hãy viết 2026-10-01)' in wrong
    t.answer("Mô tả ngắn", "Đũa tre vót tay.")
    assert t.finish() == 0
    assert "Đã ghi products/dua-tre-ba-che.yml." in t.text and "Traceback" not in t.text
    record = yaml.safe_load((tmp_path / "products/dua-tre-ba-che.yml").read_text(encoding="utf-8"))
    assert record["category"] == "12" and record["stars"] == 4 and record["locality"] == "ha-long"
    assert record["certificate"] == {"decision": "1234/QĐ-UBND", "issued_by": "UBND tỉnh Quảng Ninh",
                                     "issued_on": dt.date(2026, 10, 1)}
    _, issues = validate(str(tmp_path), TODAY)
    assert [i.rule for i in issues if i.loc.path == "products/dua-tre-ba-che.yml"] == ["traceability-recommended"]


def test_new_stops_on_ctrl_c_without_a_traceback(tmp_path, term):
    write_catalogue(tmp_path, {})
    t = term("new", "product", "--root", str(tmp_path))
    t.answer("Tên sản phẩm: ", "Nem chua Hạ Long")
    t.expect("Chủ thể")
    t.ctrl_c()
    assert t.finish() == 130
    assert t.text.endswith("Đã dừng; chưa ghi tệp nào.\n") and "Traceback" not in t.text
    assert not (tmp_path / "products" / "nem-chua-ha-long.yml").exists()


def test_new_with_a_slug(tmp_path, term):
    """--slug names the file (it used to crash with a TypeError)."""
    write_catalogue(tmp_path, {})
    t = term("new", "producer", "--root", str(tmp_path), "--slug", "htx-tra-hoa-vang", "--name", "HTX Trà hoa vàng")
    assert "Tệp sẽ ghi: producers/htx-tra-hoa-vang.yml" in t.answer("Loại hình", "hợp tác xã")
    t.answer("Xã, phường", "ba")
    t.answer("Số điện thoại", "0912 345 678")
    assert t.finish() == 0, t.text
    record = yaml.safe_load((tmp_path / "producers/htx-tra-hoa-vang.yml").read_text(encoding="utf-8"))
    assert (record["name"], record["kind"], record["locality"]) == ("HTX Trà hoa vàng", "cooperative", "ba-che")
    run = subprocess.run([sys.executable, "-m", "generator.cli", "new", "product", "--root", str(tmp_path),
                          "--no-input", "--slug", "dua-tre", "--name", "Đũa tre"], capture_output=True, text=True)
    assert run.returncode == 0 and run.stdout.startswith("Đã ghi products/dua-tre.yml.")
    assert "images: [dua-tre/anh-bia.jpg]" in (tmp_path / "products/dua-tre.yml").read_text(encoding="utf-8")


def test_renew_moves_the_certificate_into_history(tmp_path, term):
    write_catalogue(tmp_path, {})
    t = term("renew", "products/ruou-mo-yen-tu.yml", "--root", str(tmp_path))
    intro = t.answer("Số quyết định mới: ", "1234/QĐ-UBND")  # the old number by mistake
    assert ("Giấy chứng nhận hiện tại: 4 sao, quyết định 1234/QĐ-UBND ngày 10/08/2025 của UBND tỉnh Quảng Ninh, "
            "hết hạn 10/08/2028.") in intro
    wrong = t.answer("Số quyết định mới: ", "567/QĐ-UBND")
    assert "✗ lỗi: đây là số quyết định cũ; hãy nhập số của quyết định công nhận mới" in wrong
    t.answer("Cơ quan ký [UBND tỉnh Quảng Ninh]: ", "")
    t.answer("Ngày ký (YYYY-MM-DD): ", "2025-01-01")  # before the old decision
    wrong = t.answer("Ngày ký (YYYY-MM-DD): ", "2026-09-01")
    assert ("history[1].issued_on: lần công nhận trước phải trước quyết định hiện tại (01/01/2025), nhưng thấy "
            "10/08/2025") in wrong
    t.answer("Số sao [4]: ", "5")
    t.answer("Điểm của hội đồng", "91")
    assert t.finish() == 0, t.text
    assert "Đã cập nhật products/ruou-mo-yen-tu.yml: giấy chứng nhận cũ (1234/QĐ-UBND) đã chuyển vào history" in t.text
    record = yaml.safe_load((tmp_path / "products/ruou-mo-yen-tu.yml").read_text(encoding="utf-8"))
    assert record["certificate"] == {"decision": "567/QĐ-UBND", "issued_by": "UBND tỉnh Quảng Ninh",
                                     "issued_on": dt.date(2026, 9, 1)}
    assert (record["stars"], record["score"]) == (5, 91)
    assert record["history"] == [{"stars": 4, "score": 78.5, "score_parts": {"a": 32, "b": 20, "c": 26.5},
                                  "decision": "1234/QĐ-UBND", "issued_by": "UBND tỉnh Quảng Ninh",
                                  "issued_on": dt.date(2025, 8, 10)}]
    _, issues = validate(str(tmp_path), TODAY)
    # 5 stars are the ministry's to sign, and need a traceability stamp: said at the end
    assert sorted(i.rule for i in issues) == ["signer-not-allowed", "traceability-recommended"]
    assert "Cần xem lại:" in t.text and "[signer-not-allowed]" in t.text


def test_renew_stops_on_ctrl_c_and_leaves_the_file(tmp_path, term):
    write_catalogue(tmp_path, {})
    before = (tmp_path / "products/ruou-mo-yen-tu.yml").read_bytes()
    t = term("renew", "products/ruou-mo-yen-tu.yml", "--root", str(tmp_path))
    t.answer("Số quyết định mới: ", "567/QĐ-UBND")
    t.expect("Cơ quan ký")
    t.ctrl_c()
    assert t.finish() == 130
    assert t.text.endswith("Đã dừng; chưa ghi gì vào tệp.\n") and "Traceback" not in t.text
    assert (tmp_path / "products/ruou-mo-yen-tu.yml").read_bytes() == before


def test_history_accepts_the_old_certificate_as_it_was(check):
    moved = PRODUCT.replace("locality: ha-long", """locality: ha-long
history:
  - stars: 3
    score: 65
    decision: 88/QĐ-UBND
    issued_by: UBND tỉnh Quảng Ninh
    issued_on: 2022-05-04
    expires_on: 2025-05-04""")
    assert check({"products/ruou-mo-yen-tu.yml": moved}) == []


OTHER = PRODUCT.replace("Rượu mơ Yên Tử", "Rượu na Yên Tử").replace("1234/QĐ-UBND", "77/QĐ-UBND")
R = "products/ruou-na.yml"
FAIR = "name: Hội chợ OCOP Quảng Ninh\nstarts_on: 2026-05-03\nends_on: 2026-05-01\nvenue: {name: Cung Quy hoạch}\n" \
       "products: [ruou-na]\n"

# Each mistake staff make, and the exact Vietnamese message it gets: (files, [(path, line, column, rule, message)])
MISTAKES = {
    "an unclosed quote is named on its own line": (
        {R: OTHER.replace("description: Rượu mơ ngâm từ mơ lông Yên Tử.", 'description: "Rượu na ngâm\nstory: Câu')},
        [(R, 12, 14, "yaml-syntax", 'lỗi cú pháp YAML: dấu ngoặc kép (") ở dòng 12 chưa đóng; hãy thêm " ở cuối '
                                    "giá trị")]),
    "an indentation error says how many spaces": (
        {R: OTHER.replace("  issued_by:", "   issued_by:")},
        [(R, 9, 4, "yaml-indent", "thụt lề sai: dòng 9 thụt vào 3 dấu cách, nhưng trường ở dòng 8 phía trên thụt vào "
                                  "2; các trường cùng nhóm phải thẳng hàng: hãy thụt lề dòng 9 đúng 2 dấu cách")]),
    "an indentation error at the left edge": (
        {R: OTHER.replace("stars: 4", " stars: 4")},
        [(R, 4, 2, "yaml-indent", "thụt lề sai: dòng 4 thụt vào 1 dấu cách, nhưng trường ở dòng 3 phía trên bắt đầu "
                                  "sát lề; hãy xóa các dấu cách ở đầu dòng 4")]),
    "a YAML reader phrase is translated": (
        {R: OTHER.replace("stars: 4", "stars: - 4")},
        [(R, 4, 8, "yaml-syntax", "lỗi cú pháp YAML: mục danh sách ('- ') đặt sai chỗ; mỗi mục phải ở một dòng "
                                  "riêng, thụt vào dưới tên trường")]),
    "a set written as a name suggests the closest sets and where the list is": (
        {R: OTHER.replace('category: "15"', "category: Trà")},
        [(R, 3, 11, "category-unknown", 'category: "Trà" không phải bộ sản phẩm OCOP; hãy ghi số bộ từ "01" đến '
          '"26"; gần nhất: "11" (Chè tươi, chè chế biến), "12" (Sản phẩm trà từ thực vật khác) (danh sách 26 bộ: '
          "docs/product-sets.md)")]),
    "a current set name is not called older": (
        {R: OTHER.replace('category: "15"', "category: Rượu trắng")},
        [(R, 3, 11, "category-name", 'category: "Rượu trắng" là bộ 14 (Rượu trắng); hãy ghi số của bộ: '
                                     'category: "14"')]),
    "an older set name is": (
        {R: OTHER.replace('category: "15"', "category: Mỹ phẩm")},
        [(R, 3, 11, "category-alias", 'category: "Mỹ phẩm" là tên cũ của bộ 19 (Mỹ phẩm có thành phần từ dược '
                                      'liệu); hãy ghi category: "19"')]),
    "an old commune's slug gives the commune it became": (
        {R: OTHER.replace("locality: ha-long", "locality: hong-hai")},
        [(R, 11, 11, "unknown-locality", 'locality: "hong-hai" là phường Hồng Hải, tên trước khi sắp xếp tháng '
                                         "7/2025; nay thuộc phường Hạ Long: hãy ghi locality: ha-long")]),
    "an old commune's name too": (
        {R: OTHER.replace("locality: ha-long", "locality: phường Hồng Hải")},
        [(R, 11, 11, "unknown-locality", 'locality: "phường Hồng Hải" là tên trước khi sắp xếp tháng 7/2025; nay '
                                         "thuộc phường Hạ Long: hãy ghi locality: ha-long")]),
    "a current commune's name asks for its slug": (
        {R: OTHER.replace("locality: ha-long", "locality: phường Hạ Long")},
        [(R, 11, 11, "unknown-locality", "locality: hãy ghi mã tệp của phường Hạ Long, không ghi tên: "
                                         "locality: ha-long")]),
    "kind takes the Vietnamese name": (
        {"producers/htx-yen-tu.yml": "name: Hợp tác xã Yên Tử\nkind: Hợp tác xã\nlocality: ha-long\n"}, []),
    "a wrong kind lists the Vietnamese names": (
        {"producers/htx-yen-tu.yml": "name: Hợp tác xã Yên Tử\nkind: nhóm\nlocality: ha-long\n"},
        [("producers/htx-yen-tu.yml", 2, 7, "not-allowed",
          "kind: cần một trong các giá trị cooperative (hợp tác xã), cooperative-group (tổ hợp tác), enterprise "
          "(doanh nghiệp), branch (chi nhánh), farm (trang trại), household (hộ kinh doanh), association (hội); "
          'nhưng thấy "nhóm"')]),
    "a Vietnamese field with no Vietnamese text": (
        {R: OTHER.replace("Rượu na Yên Tử, en", "Yen Tu custard apple liqueur, en")},
        [(R, 1, 12, "no-vietnamese", 'name: "Yen Tu custard apple liqueur" không có chữ tiếng Việt có dấu nào; hãy '
                                     "gõ tiếng Việt có dấu ở đây (tiếng Anh ghi vào en: name: {vi: ..., en: ...})")]),
    "one decision number with two dates": (
        {R: OTHER.replace("77/QĐ-UBND", "1234/QĐ-UBND").replace("2025-08-10", "2025-08-11")},
        [(R, 8, 13, "decision-conflict", "certificate.decision: 1234/QĐ-UBND cũng là quyết định của "
          "products/ruou-mo-yen-tu.yml, nhưng ở đó ngày ký là 10/08/2025, ở đây 11/08/2025; một quyết định chỉ có "
          "một ngày ký và một cơ quan ký: hãy đối chiếu số, ngày và cơ quan ký với quyết định")]),
    "a renewal written as a new file": (
        {"products/ruou-mo-2.yml": PRODUCT.replace("1234/QĐ-UBND", "99/QĐ-UBND").replace("2025-08-10", "2025-09-01")},
        [("products/ruou-mo-2.yml", 1, 7, "duplicate-product", "name: products/ruou-mo-yen-tu.yml có cùng tên và "
          "cùng chủ thể; nếu đây là gia hạn, hãy sửa tệp đó (ocop renew products/ruou-mo-yen-tu.yml) và xóa tệp "
          "này")]),
    "a file ignored because of its extension": (
        {"products/ruou-na.yml.txt": OTHER},
        [("products/ruou-na.yml.txt", 1, 1, "file-ignored", 'tệp "ruou-na.yml.txt" bị bỏ qua vì có đuôi ".txt"; nếu '
          'đây là tệp dữ liệu, hãy đổi tên thành "ruou-na.yml"')]),
    "a .yaml file is read, with a warning": (
        {"products/ruou-na.yaml": OTHER},
        [("products/ruou-na.yaml", 1, 1, "file-extension", 'tệp dữ liệu có đuôi ".yml"; tệp này vẫn được đọc, nhưng '
          'hãy đổi tên thành "ruou-na.yml"')]),
    "list positions count from 1, and the slug is a mã tệp": (
        {R: OTHER + "where_to_buy:\n  - {name: Cửa hàng, address: Số 1, locality: ha-long}\n"
                    "  - {name: Chợ, address: Số 2, locality: ha-longg}\nimages: [ruou-na/chai.jpg, ruou-na/hop.jpg]\n",
         "products/ruou-na/chai.jpg": b"", "products/ruou-na/hop.jpg": b""},
        [(R, 15, 42, "unknown-locality", 'where_to_buy[2].locality: không có xã/phường "ha-longg" trong '
                                         'province.yml; có phải ý bạn là "ha-long"?'),
         (R, 16, 10, "image-not-image", 'images[1]: "products/ruou-na/chai.jpg" không phải ảnh JPEG, PNG hoặc WebP, hoặc đã bị hỏng; '
                                        "hãy xuất ảnh dạng JPEG và tải lại"),
         (R, 16, 28, "image-not-image", 'images[2]: "products/ruou-na/hop.jpg" không phải ảnh JPEG, PNG hoặc WebP, hoặc đã bị hỏng; '
                                        "hãy xuất ảnh dạng JPEG và tải lại")]),
    "a broken file draws no follow-on errors elsewhere": (
        {R: OTHER.replace("description: Rượu mơ ngâm từ mơ lông Yên Tử.", 'description: "Rượu na'),
         "fairs/hoi-cho.yml": FAIR},
        [("fairs/hoi-cho.yml", 3, 10, "fair-dates", "ends_on: hội chợ kết thúc (01/05/2026) trước khi bắt đầu (03/05/2026); "
                                                       "hãy đổi chỗ hai ngày"),
         (R, 12, 14, "yaml-syntax", 'lỗi cú pháp YAML: dấu ngoặc kép (") ở dòng 12 chưa đóng; hãy thêm " ở cuối giá '
                                    "trị")]),
}


@pytest.mark.parametrize("files,expected", MISTAKES.values(), ids=MISTAKES.keys())
def test_each_mistake_has_its_vietnamese_message(check, files, expected):
    issues = check(files)
    assert [(i.loc.path, i.loc.line, i.loc.column, i.rule, i.vi) for i in issues] == expected


def test_the_headline_names_the_broken_file_first(tmp_path):
    from generator import issues as fmt

    files, _ = MISTAKES["a broken file draws no follow-on errors elsewhere"]
    write_catalogue(tmp_path, files)
    _, issues = validate(str(tmp_path), TODAY)
    assert fmt.summary(issues, "vi").startswith("2 lỗi, 0 cảnh báo trong 2 tệp; đầu tiên: products/ruou-na.yml:12:14 ")


def test_a_large_photo_with_gps_is_a_warning(check, tmp_path):
    from PIL import Image

    noise = Image.frombytes("RGB", (2400, 2000), os.urandom(2400 * 2000 * 3))
    exif = Image.Exif()
    exif.get_ifd(0x8825).update({1: "N", 2: (21.0, 0.0, 0.0)})
    photo = io.BytesIO()
    noise.save(photo, "JPEG", quality=100, exif=exif)
    size = len(photo.getvalue())
    assert size > 5 * 1024 * 1024
    issues = check({R: OTHER + "images: [ruou-na/chai.jpg]\n", "products/ruou-na/chai.jpg": photo.getvalue()})
    mb = f"{size / 1024 / 1024:.1f}".replace(".", ",")
    assert [(i.rule, i.severity, i.vi) for i in issues] == [(
        "image-file-large", "warning",
        f'images[1]: "products/ruou-na/chai.jpg" nặng {mb} MB, quá 5 MB; hãy lưu ảnh nhỏ hơn (1–2 MB là đủ) rồi tải '
        "lại. Ảnh còn ghi vị trí nơi chụp (GPS): trang web xóa thông tin này, nhưng ảnh gốc trong kho dữ liệu vẫn "
        "giữ.")]


def _yaml_blocks(page: str) -> list[str]:
    text = open(os.path.join(ROOT, page), encoding="utf-8").read()
    return [part.split("```", 1)[0] for part in text.split("```yaml\n")[1:]]


@pytest.mark.parametrize("page", ["docs/renewal.md", "docs/en/renewal.md"])
def test_the_renewal_example_is_what_ocop_renew_writes_and_it_is_valid(tmp_path, page):
    from generator.renewal import Renewal, renew

    before, after = _yaml_blocks(page)
    assert renew(before, Renewal("2150/QĐ-UBND", "UBND tỉnh Quảng Ninh", "2027-06-18", "4", "84")) == after
    write_catalogue(tmp_path, {
        "mkdocs.yml": open(os.path.join(ROOT, "mkdocs.yml"), encoding="utf-8").read(),  # its languages
        "province.yml": open(os.path.join(ROOT, "province.yml"), encoding="utf-8").read(),
        "producers/htx-duoc-lieu-don-dac.yml": open(os.path.join(ROOT, "producers/htx-duoc-lieu-don-dac.yml"),
                                                    encoding="utf-8").read(),
        "products/ba-kich-tim-say-kho-ba-che.yml": after}, base=False)
    _, issues = validate(str(tmp_path), dt.date(2027, 7, 1))
    assert [(i.rule, i.severity) for i in issues] == [("traceability-recommended", "warning")]


def test_the_product_sets_pages_list_all_26():
    from generator.model.categories import SETS

    vi = open(os.path.join(ROOT, "docs/product-sets.md"), encoding="utf-8").read()
    en = open(os.path.join(ROOT, "docs/en/product-sets.md"), encoding="utf-8").read()
    for code, product_set in SETS.items():
        assert f'| `"{code}"` | {product_set.name.vi} |' in vi
        assert f'| `"{code}"` | {product_set.name.en} ({product_set.name.vi}) |' in en
