"""`triage report`: the gold-set QA report is generated and its sections checked.

The HTML is parsed (stdlib html.parser), not grepped: sections by id, images
as embedded data: URIs, one misclassified row per misclassified note with
missed threats first, and note text escaped.
"""
from __future__ import annotations

import base64
from html.parser import HTMLParser
from pathlib import Path

import pytest

from training.cli import main
from training.contract import load_labelled
from training.evaluate import evaluate, misclassified
from training.paths import GOLD_SET
from training.report import SECTION_IDS


class ReportParser(HTMLParser):
    """Collects section ids, tags, image sources, and the misclassified table's rows."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.sections: list[str] = []
        self.tags: list[str] = []
        self.images: list[str] = []
        self.external: list[tuple[str, str]] = []
        self.rows: list[dict] = []
        self._section: str | None = None
        self._cells: list[str] | None = None
        self._cell: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        self.tags.append(tag)
        for name in ("src", "href"):
            value = attributes.get(name)
            if value is not None and not value.startswith("data:"):
                self.external.append((tag, value))
        if tag == "section":
            self._section = attributes.get("id")
            self.sections.append(self._section)
        elif tag == "img":
            self.images.append(attributes.get("src") or "")
        elif tag == "tr" and self._section == "misclassified" and "data-id" in attributes:
            self.rows.append({"id": attributes["data-id"], "missed": attributes.get("data-missed-threat") == "1",
                              "cells": []})
            self._cells = self.rows[-1]["cells"]
        elif tag == "td" and self._cells is not None:
            self._cell = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "td" and self._cell is not None and self._cells is not None:
            self._cells.append("".join(self._cell))
            self._cell = None
        elif tag == "tr":
            self._cells = None
        elif tag == "section":
            self._section = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)


def parse(path: Path) -> tuple[str, ReportParser]:
    raw = path.read_text(encoding="utf-8")
    parser = ReportParser()
    parser.feed(raw)
    parser.close()
    return raw, parser


@pytest.fixture(scope="module")
def gold_report(tmp_path_factory, trained_model_dir) -> Path:
    out = tmp_path_factory.mktemp("report") / "gold-report.html"
    assert main(["report", "--data", str(GOLD_SET), "--model", str(trained_model_dir), "--out", str(out)]) == 0
    return out


def test_gold_report_has_every_section_in_order_headline_first(gold_report):
    _, parsed = parse(gold_report)
    assert parsed.sections == list(SECTION_IDS)
    assert parsed.sections[0] == "headline"


def test_report_is_self_contained_with_embedded_png_images(gold_report):
    _, parsed = parse(gold_report)
    assert parsed.external == []
    assert "script" not in parsed.tags and "link" not in parsed.tags
    assert len(parsed.images) >= 3  # confusion, precision-recall, reliability
    for src in parsed.images:
        assert src.startswith("data:image/png;base64,")
        assert base64.b64decode(src.split(",", 1)[1]).startswith(b"\x89PNG\r\n\x1a\n")


def test_headline_and_misclassified_rows_match_an_independent_evaluation(gold_report, predictor):
    raw, parsed = parse(gold_report)
    gold = load_labelled([GOLD_SET])
    result = evaluate(predictor, gold)
    expected = misclassified(gold, result["predictions"])
    combined = result["systems"]["combined"]
    assert f"{combined['missed_threats']} of {combined['threat_notes']} threat-to-life notes" in raw

    assert len(parsed.rows) == len(expected) > 0
    assert [r["id"] for r in parsed.rows] == [r["id"] for r in expected]
    flags = [r["missed"] for r in parsed.rows]
    assert flags == sorted(flags, reverse=True), "missed threats must come first"
    assert sum(flags) == sum(r["missed_threat"] for r in expected)
    texts = dict(zip(gold["id"], gold["text"]))
    first = parsed.rows[0]
    assert first["cells"][2] == texts[first["id"]]  # the note text column, unescaped by the parser


PAYLOAD = "<script>alert('x')</script> male has stabbed his brother with a knife, heavy bleeding"


@pytest.fixture(scope="module")
def crafted_report(tmp_path_factory, trained_model_dir) -> Path:
    """Notes labelled so the small model must get them wrong. It misses no gold threat,
    so plainly harmless notes are labelled threat_to_life: some will be sent away
    (missed threats). Their ids sort last, so only the missed-first rule puts them on top."""
    folder = tmp_path_factory.mktemp("crafted")
    data = folder / "crafted.csv"
    data.write_text(
        "id,text,threat_to_life,crime,welfare_only\n"
        "z-1,noise complaint about a barking dog,1,0,0\n"
        "z-2,caller asking how to renew a shotgun licence form online,1,0,0\n"
        "z-3,caller asks for the opening hours of the front desk at the station,1,0,0\n"
        "z-4,lost property enquiry about an umbrella left in a taxi,1,0,0\n"
        f'a-1,"{PAYLOAD}",0,0,1\n'
        "a-2,caller reports loud music from a party next door,0,0,0\n", encoding="utf-8")
    out = folder / "crafted.html"
    assert main(["report", "--data", str(data), "--model", str(trained_model_dir), "--out", str(out)]) == 0
    return out


def test_missed_threats_are_listed_first_when_there_are_some(crafted_report):
    _, parsed = parse(crafted_report)
    missed = [r["missed"] for r in parsed.rows]
    assert any(missed) and not all(missed)
    assert missed == sorted(missed, reverse=True)
    assert parsed.rows[0]["id"].startswith("z-")  # by id alone it would come after the a- notes
    rest = [r["id"] for r in parsed.rows if not r["missed"]]
    assert rest == sorted(rest) and rest[0].startswith("a-")


def test_note_text_is_escaped(crafted_report):
    raw, parsed = parse(crafted_report)
    assert "script" not in parsed.tags
    assert "<script>" not in raw and "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in raw
    row = next(r for r in parsed.rows if r["id"] == "a-1")
    assert row["cells"][2] == PAYLOAD
