"""Figures for the QA report, returned as PNG bytes (matplotlib, Agg backend).

Figures are built with the object API (``Figure`` + ``FigureCanvasAgg``), not
pyplot, so no global state or display is touched and the report can run in CI
and in threads.
"""
from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from typing import Any

import matplotlib

matplotlib.use("Agg")

import numpy as np  # noqa: E402
from matplotlib.backends.backend_agg import FigureCanvasAgg  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from sklearn.calibration import calibration_curve  # noqa: E402
from sklearn.metrics import average_precision_score, precision_recall_curve  # noqa: E402

DPI = 96


def _png(figure: Figure) -> bytes:
    FigureCanvasAgg(figure)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=DPI, bbox_inches="tight")
    return buffer.getvalue()


def confusion_matrices(per_label: Mapping[str, Mapping[str, Any]]) -> bytes:
    """One 2x2 matrix (gold rows, predicted columns) per flag."""
    labels = list(per_label)
    figure = Figure(figsize=(3.4 * len(labels), 3.2))
    for index, label in enumerate(labels):
        m = per_label[label]
        cells = np.array([[m["tn"], m["fp"]], [m["fn"], m["tp"]]])
        ax = figure.add_subplot(1, len(labels), index + 1)
        ax.imshow(cells, cmap="Blues")
        for (i, j), value in np.ndenumerate(cells):
            ax.text(j, i, str(value), ha="center", va="center",
                    color="white" if value > cells.max() / 2 else "black", fontsize=12)
        ax.set_xticks([0, 1], ["pred 0", "pred 1"])
        ax.set_yticks([0, 1], ["gold 0", "gold 1"])
        ax.set_title(label)
    figure.tight_layout()
    return _png(figure)


def pr_curves(y_true: np.ndarray, proba: np.ndarray, labels: Sequence[str],
              thresholds: Mapping[str, float]) -> bytes:
    """Precision-recall curve per flag, the operating threshold marked."""
    figure = Figure(figsize=(3.6 * len(labels), 3.4))
    for j, label in enumerate(labels):
        ax = figure.add_subplot(1, len(labels), j + 1)
        y, p = y_true[:, j], proba[:, j]
        ax.set_title(label)
        ax.set_xlabel("recall")
        ax.set_ylabel("precision")
        ax.set_xlim(0, 1.02)
        ax.set_ylim(0, 1.02)
        if y.min() == y.max():
            ax.text(0.5, 0.5, "only one class\nin this data", ha="center", va="center")
            continue
        precision, recall, _ = precision_recall_curve(y, p)
        ax.plot(recall, precision, lw=1.5, label=f"AP {average_precision_score(y, p):.3f}")
        threshold = float(thresholds[label])
        chosen = p >= threshold
        tp = int(np.sum(chosen & (y == 1)))
        at_recall = tp / int(y.sum())
        at_precision = tp / int(chosen.sum()) if chosen.any() else 1.0
        ax.plot([at_recall], [at_precision], "o", color="crimson", ms=8,
                label=f"threshold {threshold:.3f}\nP {at_precision:.2f} R {at_recall:.2f}")
        ax.legend(loc="lower left", fontsize=8)
    figure.tight_layout()
    return _png(figure)


def reliability(y_true: np.ndarray, proba: np.ndarray, labels: Sequence[str], bins: int = 10) -> bytes:
    """Reliability diagram: mean predicted probability against observed frequency, per flag."""
    figure = Figure(figsize=(5.2, 4.4))
    ax = figure.add_subplot(1, 1, 1)
    ax.plot([0, 1], [0, 1], ls="--", color="grey", lw=1, label="perfectly calibrated")
    for j, label in enumerate(labels):
        y, p = y_true[:, j], proba[:, j]
        if y.min() == y.max():
            continue
        observed, predicted = calibration_curve(y, p, n_bins=bins, strategy="uniform")
        ax.plot(predicted, observed, marker="o", lw=1.5, label=label)
    ax.set_xlabel("mean predicted probability")
    ax.set_ylabel("observed frequency")
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1)
    ax.legend(loc="upper left", fontsize=8)
    figure.tight_layout()
    return _png(figure)
