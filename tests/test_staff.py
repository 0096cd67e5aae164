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
