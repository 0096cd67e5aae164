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
    assert (run.returncode, run.stdout.strip()) == (0, "No problems found.")


def test_warnings_fail_only_under_strict(tmp_path):
    write_catalogue(tmp_path, {"producers/ho-nguyen.yml": "name: Hộ Nguyễn\nkind: household\nlocality: ha-long\n"})
    assert ocop("validate", "--root", str(tmp_path), "--today", "2026-11-23").returncode == 0
    strict = ocop("validate", "--root", str(tmp_path), "--today", "2026-11-23", "--strict")
    assert strict.returncode == 1
    assert "producers/ho-nguyen.yml:1:1: warning:" in strict.stdout


def test_github_format_annotates_the_line(tmp_path):
    write_catalogue(tmp_path, {"products/ruou-mo-yen-tu.yml": PRODUCT.replace("stars: 4", "stars: 6")})
    run = ocop("validate", "--root", str(tmp_path), "--today", "2026-11-23", "--format", "github")
    assert run.returncode == 1
    assert run.stdout.splitlines() == [
        "::error file=products/ruou-mo-yen-tu.yml,line=4,col=8,title=stars-not-ocop::"
        "stars: expected 3, 4 or 5 stars, found 6"]


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
    assert text.startswith("# yaml-language-server: $schema=../schemas/product.schema.json\nname: Đũa tre Ba Chẽ\n")
    path.write_text(text + "# staff edits\n", encoding="utf-8")
    second = ocop(*args)
    assert second.returncode == 1 and "already exists" in second.stderr
    assert path.read_text(encoding="utf-8").endswith("# staff edits\n")
    # The skeleton is valid YAML; validation asks for exactly what is left to fill in.
    run = ocop("validate", "--root", str(tmp_path), "--today", "2026-11-23", "--format", "json")
    rules = sorted((i["rule"], i["message"].split(":")[0]) for i in json.loads(run.stdout)
                   if i["path"] == "products/dua-tre-ba-che.yml")
    assert rules == [("missing-field", "certificate.decision"), ("missing-field", "certificate.issued_by"),
                     ("missing-field", "certificate.issued_on"), ("missing-field", "description.vi")]


def test_new_product_asks_in_a_terminal_for_what_is_missing(tmp_path):
    """Staff who run `ocop new product` in a terminal answer its questions one by one."""
    import pty
    import select
    import time

    write_catalogue(tmp_path, {})
    terminal, secondary = pty.openpty()
    process = subprocess.Popen([sys.executable, "-m", "generator.cli", "new", "product", "--root", str(tmp_path),
                                "--stars", "3"], stdin=secondary, stdout=secondary, stderr=secondary,
                               env={**os.environ, "PYTHONIOENCODING": "utf-8"})
    os.close(secondary)
    shown = b""

    def read_until(text: str) -> None:
        nonlocal shown
        deadline = time.monotonic() + 30
        while text.encode() not in shown:
            assert time.monotonic() < deadline, shown.decode("utf-8", "replace")
            if select.select([terminal], [], [], 0.5)[0]:
                try:
                    shown += os.read(terminal, 4096)
                except OSError:  # the program ended and closed the terminal
                    break

    try:
        for question, answer in (("product name: ", "Đũa tre Ba Chẽ"), ("producer slug: ", "htx-yen-tu"),
                                 ("product set: ", "21"), ("locality slug: ", "ba-che")):
            read_until(question)
            os.write(terminal, (answer + "\n").encode())
        read_until("written")
        assert process.wait(timeout=30) == 0
    finally:
        process.kill()
        os.close(terminal)
    assert "Số sao / stars" not in shown.decode("utf-8")  # given on the command line: not asked
    import yaml

    record = yaml.safe_load((tmp_path / "products/dua-tre-ba-che.yml").read_text(encoding="utf-8"))
    assert {key: record[key] for key in ("name", "producer", "category", "stars", "locality")} == {
        "name": "Đũa tre Ba Chẽ", "producer": "htx-yen-tu", "category": "21", "stars": 3, "locality": "ba-che"}


def test_new_producer_skeleton_takes_its_answers(tmp_path):
    from generator.skeletons import render

    slug, text = render("producer", {"name": "Hợp tác xã Trà hoa vàng", "kind": "cooperative", "locality": "ba-che"})
    assert slug == "hop-tac-xa-tra-hoa-vang"
    assert "kind: cooperative" in text and "locality: ba-che" in text


def test_report_expiring_lists_the_renewal_window(tmp_path):
    soon = PRODUCT.replace("issued_on: 2025-08-10", "issued_on: 2024-03-01").replace("score: 78.5\n", "") \
        .replace("score_parts: {a: 32, b: 20, c: 26.5}\n", "")
    later = soon.replace("issued_on: 2024-03-01", "issued_on: 2024-05-01")
    write_catalogue(tmp_path, {"products/ruou-mo-yen-tu.yml": soon, "products/ruou-mo-2.yml": later})
    run = ocop("report", "expiring", "--root", str(tmp_path), "--today", "2026-11-23")
    assert run.stdout.splitlines() == [
        "products/ruou-mo-yen-tu.yml: Yen Tu apricot liqueur (4★) expires 2027-03-01, in 98 days; "
        "renewal window closed on 2026-11-01; file at once",
        "products/ruou-mo-2.yml: Yen Tu apricot liqueur (4★) expires 2027-05-01, in 159 days; "
        "renewal window open: file by 2027-01-01",
    ]
    narrow = ocop("report", "expiring", "--root", str(tmp_path), "--today", "2026-11-23", "--within", "100",
                  "--lang", "vi")
    assert narrow.stdout.splitlines() == [
        "products/ruou-mo-yen-tu.yml: Rượu mơ Yên Tử (4 sao) hết hạn 01/03/2027, còn 98 ngày; "
        "đã quá hạn nộp hồ sơ (01/11/2026); hãy nộp ngay"]


def test_schema_command_writes_the_schemas(tmp_path):
    run = ocop("schema", "--root", str(tmp_path))
    assert run.returncode == 0
    names = sorted(p.name for p in (tmp_path / "schemas").iterdir())
    assert names == ["fair.schema.json", "plan.schema.json", "producer.schema.json", "product.schema.json",
                     "province.schema.json"]
