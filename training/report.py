"""`triage report`: one self-contained HTML file for QA, safety figures first.

The file has no external CSS, JS or images (figures are base64 PNG data: URIs)
so it can be mailed, archived with a model, or opened on an air-gapped PC.
Note text appears by design (QA must read the misclassified notes) and is
always HTML-escaped; a Content-Security-Policy forbids any script as a second
line of defence. Every section has a stable ``id`` for tests and links:
headline, per-label, confusion, pr-curves, calibration, side-by-side,
misclassified.
"""
from __future__ import annotations

import base64
import html
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from model.labels import LABELS, RECOMMENDATIONS
from model.predictor import Prediction, Predictor
from training import plots
from training.contract import label_matrix
from training.evaluate import evaluate, misclassified
from training.metrics import format_number as _num
from training.metrics import format_percent as _pct
from training.metrics import side_by_side_rows

SECTION_IDS = ("headline", "per-label", "confusion", "pr-curves", "calibration", "side-by-side", "misclassified")
TERMS_PER_FLAG = 3

STYLE = """
body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:2rem;color:#1b1b1b;max-width:1400px}
h1{margin-bottom:.2rem}h2{border-bottom:2px solid #ddd;padding-bottom:.2rem;margin-top:2.2rem}
table{border-collapse:collapse;margin:.6rem 0;font-size:.9rem}
th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}
th{background:#f3f3f3}td.num{text-align:right;font-variant-numeric:tabular-nums}
.big{font-size:2.2rem;font-weight:700}.card{display:inline-block;border:1px solid #ccc;border-radius:6px;
padding:.8rem 1.2rem;margin:0 1rem .6rem 0;min-width:16rem}.bad{color:#b00020}.ok{color:#1b5e20}
tr.missed{background:#fde7e9}.note{max-width:34rem;white-space:pre-wrap}.meta{color:#555;font-size:.9rem}
code{font-size:.85rem}img{max-width:100%}
"""
CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'"


def _e(value: Any) -> str:
    return html.escape(str(value), quote=True)


def _img(png: bytes, alt: str) -> str:
    return f'<img alt="{_e(alt)}" src="data:image/png;base64,{base64.b64encode(png).decode("ascii")}">'


def _flags(flags: dict[str, int]) -> str:
    raised = [label for label in LABELS if flags.get(label)]
    return ", ".join(raised) if raised else "(none)"


@dataclass
class ReportResult:
    html: str
    n: int
    misclassified: int
    missed_threats: int


# -- sections ----------------------------------------------------------------------

def _headline(combined: dict[str, Any]) -> str:
    missed = combined["missed_threat_rate"]
    cls = "ok" if not combined["missed_threats"] else "bad"
    return (
        '<section id="headline"><h2>Headline safety figures (combined: model + rules)</h2>'
        f'<div class="card"><div>Missed-threat rate</div><div class="big {cls}">{_pct(missed)}</div>'
        f'<div>{combined["missed_threats"]} of {combined["threat_notes"]} threat-to-life notes sent away '
        'as partner/none</div></div>'
        f'<div class="card"><div>Welfare referral recall</div>'
        f'<div class="big">{_pct(combined["welfare_referral_recall"])}</div>'
        f'<div>of {combined["welfare_notes"]} welfare-only notes recommended partner</div></div>'
        '</section>')


def _per_label(combined: dict[str, Any]) -> str:
    rows = "".join(
        f'<tr data-label="{label}"><th>{label}</th><td class="num">{_num(m["precision"])}</td>'
        f'<td class="num">{_num(m["recall"])}</td><td class="num">{_num(m["f1"])}</td>'
        f'<td class="num">{m["support"]}</td></tr>'
        for label, m in combined["per_label"].items())
    return ('<section id="per-label"><h2>Per-label figures (combined)</h2><table>'
            '<tr><th>flag</th><th>precision</th><th>recall</th><th>F1</th><th>support</th></tr>'
            f'{rows}</table></section>')


def _confusion(combined: dict[str, Any]) -> str:
    tables = []
    for label, m in combined["per_label"].items():
        tables.append(
            f'<table data-label="{label}"><caption>{label}</caption>'
            '<tr><th></th><th>predicted 0</th><th>predicted 1</th></tr>'
            f'<tr><th>gold 0</th><td class="num">{m["tn"]}</td><td class="num">{m["fp"]}</td></tr>'
            f'<tr><th>gold 1</th><td class="num">{m["fn"]}</td><td class="num">{m["tp"]}</td></tr></table>')
    figure = _img(plots.confusion_matrices(combined["per_label"]), "confusion matrix per flag")
    return ('<section id="confusion"><h2>Confusion matrix per flag (combined)</h2>'
            f'<div style="display:flex;gap:2rem">{"".join(tables)}</div>{figure}</section>')


def _probability_rows(frame: pd.DataFrame, predictions: list[Prediction]) -> tuple[np.ndarray, np.ndarray, int]:
    keep = [i for i, p in enumerate(predictions) if p.probabilities is not None]
    Y = label_matrix(frame)[keep]
    P = np.array([[predictions[i].probabilities[label] for label in LABELS] for i in keep]).reshape(-1, len(LABELS))
    return Y, P, len(predictions) - len(keep)


def _pr_curves(Y: np.ndarray, P: np.ndarray, thresholds: dict[str, float], skipped: int) -> str:
    body = ('<p>No model probabilities (every prediction was degraded).</p>' if len(P) == 0 else
            _img(plots.pr_curves(Y, P, LABELS, thresholds), "precision-recall curve per flag"))
    rows = "".join(f'<tr><th>{label}</th><td class="num">{thresholds[label]:.4f}</td></tr>' for label in LABELS)
    note = f"<p class=meta>{skipped} degraded predictions have no probabilities and are left out.</p>" if skipped else ""
    return ('<section id="pr-curves"><h2>Precision-recall curves (model probabilities)</h2>'
            '<p class="meta">The red dot is the operating threshold from the model manifest, applied to '
            'each flag alone (before rules, the review band, and welfare_only being cleared when a '
            'police flag is raised). threat_to_life is tuned for recall, the other flags for F1.</p>'
            f'<table><tr><th>flag</th><th>threshold</th></tr>{rows}</table>{note}{body}</section>')


def _calibration(Y: np.ndarray, P: np.ndarray) -> str:
    if len(P) == 0:
        return '<section id="calibration"><h2>Calibration</h2><p>No model probabilities.</p></section>'
    rows = "".join(f'<tr><th>{label}</th><td class="num">{np.mean((P[:, j] - Y[:, j]) ** 2):.4f}</td>'
                   f'<td class="num">{P[:, j].mean():.3f}</td><td class="num">{Y[:, j].mean():.3f}</td></tr>'
                   for j, label in enumerate(LABELS))
    return ('<section id="calibration"><h2>Calibration (reliability)</h2>'
            '<table><tr><th>flag</th><th>Brier score</th><th>mean probability</th><th>observed rate</th></tr>'
            f'{rows}</table>{_img(plots.reliability(Y, P, LABELS), "reliability diagram")}</section>')


def _side_by_side(systems: dict[str, dict[str, Any]]) -> str:
    names = list(systems)
    rows = side_by_side_rows(systems)
    head = "".join(f"<th>{_e(n)}</th>" for n in names)
    body = "".join(f"<tr><th>{_e(name)}</th>" + "".join(f'<td class="num">{_e(v)}</td>' for v in values) + "</tr>"
                   for name, values in rows)
    return ('<section id="side-by-side"><h2>Model only, rules only, combined</h2>'
            '<p class="meta">Rules-only recommends police when a rule fires, else none.</p>'
            f'<table><tr><th></th>{head}</tr>{body}</table></section>')


def _rules_cell(prediction: Prediction) -> str:
    items = []
    for reason in prediction.reasons:
        if reason.get("kind") == "rule":
            items.append(f'fired <code>{_e(reason["rule_id"])}</code> on &ldquo;{_e(reason["text"])}&rdquo;')
        elif reason.get("kind") == "suppressed":
            items.append(f'suppressed <code>{_e(reason["rule_id"])}</code> on &ldquo;{_e(reason["text"])}'
                         f'&rdquo; ({_e(reason.get("context"))}: {_e(reason.get("trigger"))})')
    return "<br>".join(items) if items else "&mdash;"


def _strongest_terms(predictor: Predictor, texts: list[str]) -> list[dict[str, list[tuple[str, float]]]]:
    """Per note and flag, the word n-grams that pushed the model's score up most."""
    if predictor.artifact is None or not texts:
        return [{} for _ in texts]
    clf = predictor.artifact.model
    X = clf.transform(texts)
    return [{label: clf.top_terms(X[i], j, k=TERMS_PER_FLAG) for j, label in enumerate(LABELS)}
            for i in range(len(texts))]


def _misclassified(frame: pd.DataFrame, predictions: list[Prediction], predictor: Predictor) -> tuple[str, int, int]:
    rows = misclassified(frame, predictions)
    by_id = {str(p.id): (text, p) for text, p in zip(frame["text"], predictions)}
    terms = _strongest_terms(predictor, [by_id[str(r["id"])][0] for r in rows])
    out = []
    for number, (row, note_terms) in enumerate(zip(rows, terms), start=1):
        text, prediction = by_id[str(row["id"])]
        probabilities = ("&mdash;" if row["probabilities"] is None else "<br>".join(
            f"{label} {row['probabilities'][label]:.3f}" for label in LABELS))
        term_text = "<br>".join(
            f"{label}: " + ", ".join(f"{_e(t)} ({w:.2f})" for t, w in found)
            for label, found in note_terms.items() if found) or "&mdash;"
        missed = int(row["missed_threat"])
        row_class = ' class="missed"' if missed else ""
        out.append(
            f'<tr data-id="{_e(row["id"])}" data-missed-threat="{missed}"{row_class}>'
            f'<td class="num">{number}</td><td>{_e(row["id"])}{"<br><b>MISSED THREAT</b>" if missed else ""}</td>'
            f'<td class="note">{_e(text)}</td><td>{_e(_flags(row["gold"]))}</td><td>{_e(_flags(row["predicted"]))}</td>'
            f'<td class="num">{probabilities}</td><td>{_e(row["recommendation"])}</td>'
            f'<td>{_rules_cell(prediction)}</td><td>{term_text}</td></tr>')
    missed_count = sum(r["missed_threat"] for r in rows)
    table = ('<table><thead><tr><th>#</th><th>id</th><th>note</th><th>gold flags</th><th>predicted flags</th>'
             '<th>probabilities</th><th>recommendation</th><th>rules fired / suppressed</th>'
             '<th>model&rsquo;s strongest terms</th></tr></thead><tbody>' + "".join(out) + "</tbody></table>")
    section = ('<section id="misclassified"><h2>Misclassified notes (combined flags differ from gold)</h2>'
               f'<p>{len(rows)} notes; {missed_count} missed threats, listed first.</p>{table}</section>')
    return section, len(rows), missed_count


# -- the report --------------------------------------------------------------------

def build_report(frame: pd.DataFrame, predictor: Predictor, data_paths: Sequence[str | Path]) -> ReportResult:
    """Evaluate ``predictor`` on a validated labelled frame and render the HTML."""
    result = evaluate(predictor, frame)
    predictions = result["predictions"]
    systems = result["systems"]
    combined = systems["combined"]
    Y, P, skipped = _probability_rows(frame, predictions)
    thresholds = predictor.policy.thresholds if predictor.policy is not None else {l: 0.5 for l in LABELS}
    wrong, n_wrong, n_missed = _misclassified(frame, predictions, predictor)
    generated = datetime.now(timezone.utc).isoformat(timespec="seconds")
    files = ", ".join(_e(p) for p in data_paths)
    degraded = f"; <b>{result['degraded']} degraded predictions</b>" if result["degraded"] else ""
    document = (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
        f'<title>Triage QA report: model {_e(result["model_version"])}</title><style>{STYLE}</style></head><body>'
        '<h1>Call-note triage QA report</h1>'
        f'<p class="meta">model <b>{_e(result["model_version"])}</b>, rules <b>{_e(result["rules_version"])}</b>; '
        f'{result["n"]} notes from {files}{degraded}; generated {generated}. '
        'Contains note text: handle as the data it came from.</p>'
        + _headline(combined) + _per_label(combined) + _confusion(combined)
        + _pr_curves(Y, P, thresholds, skipped) + _calibration(Y, P) + _side_by_side(systems) + wrong
        + '</body></html>\n')
    return ReportResult(html=document, n=result["n"], misclassified=n_wrong, missed_threats=n_missed)


def write_report(frame: pd.DataFrame, predictor: Predictor, data_paths: Sequence[str | Path],
                 out: str | Path) -> ReportResult:
    report = build_report(frame, predictor, data_paths)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.tmp")
    tmp.write_text(report.html, encoding="utf-8")
    tmp.replace(out)
    return report
