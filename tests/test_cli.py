"""The `ocop` command as staff and CI use it."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.conftest import PRODUCT, write_catalogue


def ocop(*args, cwd=None, env=None, stdin=None):
    return subprocess.run([sys.executable, "-m", "generator.cli", *args], capture_output=True, text=True,
                          cwd=cwd, env={**os.environ, **(env or {})}, input=stdin)


def test_clean_catalogue_exits_zero(tmp_path):
    write_catalogue(tmp_path, {})
    run = ocop("validate", "--root", str(tmp_path), "--today", "2026-11-23")
    assert (run.returncode, run.stdout.strip()) == (0, "Không có vấn đề nào.")
    english = ocop("validate", "--root", str(tmp_path), "--today", "2026-11-23", "--lang", "en")
    assert (english.returncode, english.stdout.strip()) == (0, "No problems found.")


def test_messages_follow_the_plugin_option_in_mkdocs_yml(tmp_path):
    """`messages: en` in mkdocs.yml sets the language of the build log and of the commands."""
    write_catalogue(tmp_path, {"mkdocs.yml": "site_name: x\nplugins:\n  - ocop:\n      messages: en\n"})
    assert ocop("validate", "--root", str(tmp_path), "--today", "2026-11-23").stdout.strip() == "No problems found."
    assert ocop("validate", "--root", str(tmp_path), "--today", "2026-11-23", "--lang", "vi").stdout.strip() == \
        "Không có vấn đề nào."


def test_help_is_in_vietnamese_unless_asked_in_english():
    vi = ocop("--help")
    assert vi.returncode == 0
    assert vi.stdout.startswith("Cách dùng: ocop [-h] LỆNH ...")
    assert "kiểm tra mọi tệp theo quy định OCOP" in vi.stdout and "hiện hướng dẫn này rồi thoát" in vi.stdout
    assert "usage" not in vi.stdout and "show this help" not in vi.stdout
    sub = ocop("renew", "--help")
    assert "gia hạn: chuyển giấy chứng nhận hiện tại vào history" in sub.stdout and "tùy chọn:" in sub.stdout
    en = ocop("validate", "--help", "--lang", "en")
    assert en.stdout.startswith("usage: ocop validate") and "show this help and exit" in en.stdout
    init = ocop("init", "--help")
    assert "nơi ghi danh mục mới" in init.stdout and "where to write it" not in init.stdout


def test_argparse_errors_in_vietnamese(tmp_path):
    run = ocop("validate", "--format", "xml", "--root", str(tmp_path))
    assert run.returncode == 2
    assert run.stderr.splitlines()[-1] == (
        "ocop validate: lỗi: --format: không có lựa chọn 'xml'; hãy chọn một trong 'text', 'github', 'json'")


def test_warnings_fail_only_under_strict(tmp_path):
    write_catalogue(tmp_path, {"producers/ho-nguyen.yml": "name: Hộ Nguyễn\nkind: household\nlocality: ha-long\n"})
    assert ocop("validate", "--root", str(tmp_path), "--today", "2026-11-23").returncode == 0
    strict = ocop("validate", "--root", str(tmp_path), "--today", "2026-11-23", "--strict", "--lang", "en")
    assert strict.returncode == 1
    assert "producers/ho-nguyen.yml:1:1: warning:" in strict.stdout


def test_github_format_annotates_the_line(tmp_path):
    write_catalogue(tmp_path, {"products/ruou-mo-yen-tu.yml": PRODUCT.replace("stars: 4", "stars: 6")})
    run = ocop("validate", "--root", str(tmp_path), "--today", "2026-11-23", "--format", "github")
    assert run.returncode == 1
    assert run.stdout.splitlines() == [
        "::error file=products/ruou-mo-yen-tu.yml,line=4,col=8,title=stars-not-ocop::"
        "stars: số sao phải là 3, 4 hoặc 5, nhưng thấy 6"]


def test_messages_in_vietnamese(tmp_path):
    write_catalogue(tmp_path, {"products/ruou-mo-yen-tu.yml": PRODUCT.replace("stars: 4", "stars: 2")})
    run = ocop("validate", "--root", str(tmp_path), "--today", "2026-11-23", "--lang", "vi")
    assert run.stdout.splitlines()[0] == (
        "products/ruou-mo-yen-tu.yml:4:8: lỗi: stars: 2 sao không phải sản phẩm OCOP (chỉ 3, 4 hoặc 5 sao được công "
        "nhận); hãy xóa sản phẩm hoặc sửa số sao [stars-not-ocop]")
    assert run.stdout.splitlines()[-1].startswith("1 lỗi, 0 cảnh báo trong 1 tệp")


def test_today_from_source_date_epoch(tmp_path):
    write_catalogue(tmp_path, {})
    # 2025-08-01: the base product's decision (2025-08-10) is then in the future.
    run = ocop("validate", "--root", str(tmp_path), env={"SOURCE_DATE_EPOCH": "1754006400"})
    assert run.returncode == 1 and "[date-in-future]" in run.stdout


@pytest.mark.parametrize("args", [["validate", "--format", "xml"], ["validate", "--today", "23/11/2026"],
                                  ["frobnicate"], ["new", "poster"]])
def test_bad_usage_exits_two(tmp_path, args):
    assert ocop(*args, "--root", str(tmp_path)).returncode == 2


def test_new_product_writes_a_skeleton_and_never_overwrites(tmp_path):
    write_catalogue(tmp_path, {})
    args = ["new", "product", "--root", str(tmp_path), "--no-input", "--name", "Đũa tre Ba Chẽ",
            "--producer", "htx-yen-tu", "--category", "21", "--stars", "3", "--locality", "ba-che"]
    first = ocop(*args)
    assert first.returncode == 0
    path = tmp_path / "products" / "dua-tre-ba-che.yml"
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=../schemas/product.schema.json\n"
                           "# Sản phẩm OCOP. Sửa xong, kiểm tra bằng lệnh: ocop validate\n"
                           "name: Đũa tre Ba Chẽ  # tên sản phẩm\n")
    path.write_text(text + "# staff edits\n", encoding="utf-8")
    second = ocop(*args)
    assert second.returncode == 1
    assert second.stderr.strip() == ("products/dua-tre-ba-che.yml: đã có tệp này; nếu là gia hạn, hãy sửa tệp đó "
                                     "(hoặc chạy: ocop renew products/dua-tre-ba-che.yml). Không ghi gì.")
    assert path.read_text(encoding="utf-8").endswith("# staff edits\n")
    # The skeleton is valid YAML; validation asks for exactly what is left to fill in.
    run = ocop("validate", "--root", str(tmp_path), "--today", "2026-11-23", "--format", "json")
    rules = sorted((i["rule"], i["message"].split(":")[0]) for i in json.loads(run.stdout)
                   if i["path"] == "products/dua-tre-ba-che.yml")
    assert rules == [("missing-field", "certificate.decision"), ("missing-field", "certificate.issued_by"),
                     ("missing-field", "certificate.issued_on"), ("missing-field", "description.vi")]


def test_new_producer_skeleton_takes_its_answers(tmp_path):
    from generator.skeletons import render

    slug, text = render("producer", {"name": "Hợp tác xã Trà hoa vàng", "kind": "cooperative", "locality": "ba-che"})
    assert slug == "hop-tac-xa-tra-hoa-vang"
    assert "kind: cooperative" in text and "locality: ba-che" in text


def test_schema_command_writes_the_schemas(tmp_path):
    run = ocop("schema", "--root", str(tmp_path))
    assert run.returncode == 0
    names = sorted(p.name for p in (tmp_path / "schemas").iterdir())
    assert names == ["fair.schema.json", "plan.schema.json", "producer.schema.json", "product.schema.json",
                     "province.schema.json"]


def _expiring_catalogue(tmp_path):
    soon = PRODUCT.replace("issued_on: 2025-08-10", "issued_on: 2024-03-01").replace("score: 78.5\n", "") \
        .replace("score_parts: {a: 32, b: 20, c: 26.5}\n", "")
    later = soon.replace("issued_on: 2024-03-01", "issued_on: 2024-05-01").replace("Rượu mơ", "Rượu na") \
        .replace("1234/QĐ-UBND", "1240/QĐ-UBND")
    gone = soon.replace("issued_on: 2024-03-01", "issued_on: 2023-06-01").replace("Rượu mơ", "Rượu sim") \
        .replace("1234/QĐ-UBND", "800/QĐ-UBND")
    pending = gone.replace("Rượu sim", "Rượu chuối").replace("800/QĐ-UBND", "801/QĐ-UBND") \
        .replace("  issued_on: 2023-06-01", "  issued_on: 2023-06-01\n  renewal_pending_until: 2026-12-31")
    write_catalogue(tmp_path, {"products/ruou-mo-yen-tu.yml": soon, "products/ruou-na.yml": later,
                               "products/ruou-sim.yml": gone, "products/ruou-chuoi.yml": pending})


def test_report_expiring_by_section_with_the_producer_to_call(tmp_path):
    _expiring_catalogue(tmp_path)
    run = ocop("report", "expiring", "--root", str(tmp_path), "--today", "2026-11-23")
    assert run.stdout.splitlines() == [
        "Giấy chứng nhận OCOP cần gia hạn, ngày 23/11/2026: 2 sắp hết hạn, 1 đang chờ gia hạn, 1 đã hết hạn.",
        "",
        "Đã hết hạn (1):",
        "- products/ruou-sim.yml: Rượu sim Yên Tử (4 sao) hết hạn 01/06/2026; hết hạn 175 ngày trước; gia hạn hoặc "
        "ghi thu hồi",
        "  Hợp tác xã Yên Tử, 0203 3812 345; QĐ 800/QĐ-UBND của UBND tỉnh Quảng Ninh",
        "",
        "Đang chờ gia hạn (1):",
        "- products/ruou-chuoi.yml: Rượu chuối Yên Tử (4 sao) hết hạn 01/06/2026; đang đánh giá lại, giữ hiệu lực "
        "đến 31/12/2026",
        "  Hợp tác xã Yên Tử, 0203 3812 345; QĐ 801/QĐ-UBND của UBND tỉnh Quảng Ninh",
        "",
        "Sắp hết hạn (2):",
        "- products/ruou-mo-yen-tu.yml: Rượu mơ Yên Tử (4 sao) hết hạn 01/03/2027, còn 98 ngày; đã quá hạn nộp hồ sơ "
        "(01/11/2026); hãy nộp ngay",
        "  Hợp tác xã Yên Tử, 0203 3812 345; QĐ 1234/QĐ-UBND của UBND tỉnh Quảng Ninh",
        "- products/ruou-na.yml: Rượu na Yên Tử (4 sao) hết hạn 01/05/2027, còn 159 ngày; đang trong thời hạn nộp "
        "hồ sơ: nộp trước 01/01/2027",
        "  Hợp tác xã Yên Tử, 0203 3812 345; QĐ 1240/QĐ-UBND của UBND tỉnh Quảng Ninh",
    ]
    english = ocop("report", "expiring", "--root", str(tmp_path), "--today", "2026-11-23", "--within", "100",
                   "--lang", "en")
    assert english.stdout.splitlines()[0] == (
        "OCOP certificates to renew, Nov 23, 2026: 1 expiring, 1 renewal under way, 1 expired.")
    assert english.stdout.splitlines()[-2:] == [
        "- products/ruou-mo-yen-tu.yml: Yen Tu apricot liqueur (4★) expires Mar 1, 2027, in 98 days; renewal window "
        "closed on Nov 1, 2026; file at once",
        "  Hợp tác xã Yên Tử, 0203 3812 345; decision 1234/QĐ-UBND by UBND tỉnh Quảng Ninh"]


def test_report_expiring_as_csv_for_excel(tmp_path):
    import csv
    import io

    _expiring_catalogue(tmp_path)
    out = tmp_path / "gia-han.csv"
    run = ocop("report", "expiring", "--root", str(tmp_path), "--today", "2026-11-23", "--format", "csv",
               "--output", str(out))
    assert run.stdout.strip() == f"{out}: đã ghi 4 dòng"
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # the byte-order mark Excel needs to read UTF-8
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0] == ["Nhóm", "Tệp", "Sản phẩm", "Số sao", "Chủ thể", "Điện thoại", "Số quyết định", "Cơ quan ký",
                       "Ngày ký", "Ngày hết hạn", "Còn (ngày)", "Ghi chú"]
    assert rows[1] == ["Đã hết hạn", "products/ruou-sim.yml", "Rượu sim Yên Tử", "4", "Hợp tác xã Yên Tử",
                       "0203 3812 345", "800/QĐ-UBND", "UBND tỉnh Quảng Ninh", "01/06/2023", "01/06/2026", "-175",
                       "hết hạn 175 ngày trước; gia hạn hoặc ghi thu hồi"]
    assert [r[0] for r in rows[1:]] == ["Đã hết hạn", "Đang chờ gia hạn", "Sắp hết hạn", "Sắp hết hạn"]
