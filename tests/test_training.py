"""Training: determinism, thresholds meeting the recall target, the predictor on top."""
from __future__ import annotations

import json

import numpy as np
import pytest

from training.contract import load_labelled
from training.train import TrainConfig, train


@pytest.fixture(scope="module")
def subset(small_corpus_path):
    return load_labelled([small_corpus_path]).head(900)


def test_same_data_and_seed_give_the_same_model_and_metrics(subset):
    config = TrainConfig(seed=3, folds=3)
    a = train(subset, config)
    b = train(subset, config)
    assert a.manifest["thresholds"] == b.manifest["thresholds"]
    assert a.manifest["cv_metrics"] == b.manifest["cv_metrics"]
    texts = subset["text"].tolist()[:50]
    np.testing.assert_array_equal(a.classifier.predict_proba(texts), b.classifier.predict_proba(texts))


def test_threat_threshold_meets_the_recall_target_out_of_fold(subset):
    result = train(subset, TrainConfig(seed=0, folds=3, threat_recall_target=0.95))
    recall = result.manifest["cv_metrics"]["per_label"]["threat_to_life"]["recall"]
    assert recall >= 0.95
    assert result.manifest["config"]["threat_recall_target"] == 0.95


def test_thresholds_are_tuned_on_the_threshold_source_rows_when_it_has_enough_of_each_flag(subset):
    from training.contract import label_matrix
    from training.thresholds import tune_thresholds
    from training.train import MIN_TUNING_POSITIVES

    frame = subset.copy()
    frame["source"] = ["handwritten" if i % 2 == 0 else "generated" for i in range(len(frame))]
    written = (frame["source"] == "handwritten").to_numpy()
    Y = label_matrix(frame)
    assert Y[written].sum(axis=0).min() >= MIN_TUNING_POSITIVES  # the fixture is rich enough
    result = train(frame, TrainConfig(seed=0, folds=3))
    oof = result.classifier.oof_proba_
    assert result.manifest["thresholds"] == tune_thresholds(Y[written], oof[written], 0.98)
    assert result.manifest["thresholds_tuned_on"] == {"source": "handwritten", "rows": int(written.sum())}
    every = train(frame, TrainConfig(seed=0, folds=3, threshold_source=None))
    assert every.manifest["thresholds"] == tune_thresholds(Y, oof, 0.98)
    assert every.manifest["thresholds_tuned_on"] == {"source": None, "rows": len(frame)}


def test_thresholds_fall_back_to_every_row_when_the_source_is_too_small(subset):
    frame = subset.copy()
    frame["source"] = ["handwritten" if i % 30 == 0 else "generated" for i in range(len(frame))]
    result = train(frame, TrainConfig(seed=0, folds=3))
    assert result.manifest["thresholds_tuned_on"] == {"source": None, "rows": len(frame)}
    no_column = train(subset.drop(columns=["source"], errors="ignore"), TrainConfig(seed=0, folds=3))
    assert no_column.manifest["thresholds_tuned_on"] == {"source": None, "rows": len(subset)}


def test_a_label_with_one_class_is_refused(subset):
    frame = subset.copy()
    frame["threat_to_life"] = 0
    with pytest.raises(ValueError, match="threat_to_life"):
        train(frame, TrainConfig(folds=3))


def test_predictor_outputs_are_consistent(predictor):
    notes = ["c/r states her ex is outside with a knife threatening to kill her",
             "voluntary pt left the ward, no risk identified, staff asking for a welfare check",
             "lost my wallet on the bus yesterday"]
    predictions = predictor.predict(notes, ["a", "b", "c"])
    assert [p.id for p in predictions] == ["a", "b", "c"]
    for p in predictions:
        assert not (p.flags["welfare_only"] and (p.flags["threat_to_life"] or p.flags["crime"]))
        assert p.recommendation in {"police", "partner", "none", "review"}
        assert p.degraded is False and set(p.probabilities) == {"threat_to_life", "crime", "welfare_only"}
        assert p.model_version == "test-small"
    assert predictions[0].recommendation == "police"


def test_source_weights_weigh_rows_and_are_recorded(subset):
    frame = subset.copy()
    frame["source"] = ["handwritten" if i % 10 == 0 else "generated" for i in range(len(frame))]
    config = TrainConfig(seed=0, folds=3, source_weights={"handwritten": 4.0})
    weights = config.row_weights(frame)
    assert weights is not None and sorted(set(weights)) == [1.0, 4.0]
    assert (weights == 4.0).sum() == (frame["source"] == "handwritten").sum()
    weighted = train(frame, config)
    plain = train(frame, TrainConfig(seed=0, folds=3))
    assert weighted.manifest["config"]["source_weights"] == {"handwritten": 4.0}
    assert weighted.manifest["rows_by_source"] == {"generated": 810, "handwritten": 90}
    texts = frame["text"].tolist()[:50]
    # The weights change the fitted models, not merely the record.
    assert not np.allclose(weighted.classifier.predict_proba(texts), plain.classifier.predict_proba(texts))


def test_source_weights_without_matching_rows_change_nothing(subset):
    assert TrainConfig(source_weights={"handwritten": 4.0}).row_weights(subset.drop(columns="source", errors="ignore")) is None
    frame = subset.assign(source="generated")
    assert TrainConfig(source_weights={"handwritten": 4.0}).row_weights(frame) is None


@pytest.mark.parametrize("weight", [0.0, -1.0, float("nan")])
def test_a_source_weight_must_be_positive(subset, weight):
    with pytest.raises(ValueError, match="handwritten"):
        TrainConfig(source_weights={"handwritten": weight}).row_weights(subset)


def test_the_default_model_is_built_from_every_bundled_file_once(tmp_path, subset):
    from training.default_model import ensure_default_model
    from training.paths import DEFAULT_TRAINING_FILES, HANDWRITTEN

    assert HANDWRITTEN in DEFAULT_TRAINING_FILES and all(path.exists() for path in DEFAULT_TRAINING_FILES)
    generated, written = tmp_path / "generated.csv", tmp_path / "handwritten.csv"
    subset.iloc[:800].to_csv(generated, index=False)
    subset.iloc[800:].assign(source="handwritten").to_csv(written, index=False)
    config = TrainConfig(folds=3, source_weights={"handwritten": 3.0})
    model_dir = ensure_default_model(tmp_path / "model", [generated, written], config)
    manifest = json.loads((model_dir / "manifest.json").read_text())
    assert [f["path"] for f in manifest["training_files"]] == [str(generated), str(written)]
    assert manifest["rows"]["total"] == 900 and manifest["rows_by_source"]["handwritten"] == 100
    before = (model_dir / "manifest.json").stat().st_mtime_ns
    assert ensure_default_model(model_dir, [generated, written], config) == model_dir
    assert (model_dir / "manifest.json").stat().st_mtime_ns == before  # an existing model is kept


@pytest.mark.parametrize("welfare_model", ["vs_no_flag", "both"])
def test_the_no_police_flag_welfare_head_is_fitted_on_notes_with_no_police_flag_only(subset, welfare_model):
    from model.classifier import TriageClassifier

    texts, Y = subset["text"].tolist(), subset[["threat_to_life", "crime", "welfare_only"]].to_numpy()
    clf = TriageClassifier(folds=3, use_char=False, welfare_model=welfare_model, n_jobs=1).fit(texts, Y)
    no_flag = (Y[:, 0] == 0) & (Y[:, 1] == 0)
    head = clf.estimators_[-1]
    # Trained on the no-police-flag rows alone: the same fit as a fresh model on those rows.
    from sklearn.base import clone
    X = clf.transform(texts)
    alone = clone(head).fit(X[no_flag], Y[no_flag, 2])
    np.testing.assert_allclose(head.coef_, alone.coef_, rtol=1e-6, atol=1e-8)
    assert len(clf.estimators_) == (3 if welfare_model == "vs_no_flag" else 4)

    proba = clf.predict_proba(texts)
    p_t, p_c = proba[:, 0], proba[:, 1]
    q = clf.calibrators_[-1].predict(np.asarray(head.decision_function(X), dtype=float))
    gated = (1 - p_t) * (1 - p_c) * q
    if welfare_model == "vs_no_flag":
        np.testing.assert_allclose(proba[:, 2], gated, rtol=1e-9)
    else:
        vs_all = clf.calibrators_[2].predict(np.asarray(clf.estimators_[2].decision_function(X), dtype=float))
        np.testing.assert_allclose(proba[:, 2], np.sqrt(vs_all * gated), rtol=1e-9)
    # A likely threat cannot be a likely welfare-only note.
    assert np.all(proba[:, 2] <= np.sqrt(1 - p_t) + 1e-12)
    # The out-of-fold probabilities the thresholds are tuned on are combined the same way.
    assert clf.oof_proba_.shape == Y.shape and np.all((clf.oof_proba_ >= 0) & (clf.oof_proba_ <= 1))


def test_the_pairwise_threat_head_is_fitted_on_threat_and_welfare_notes_only(subset):
    from sklearn.base import clone

    from model.classifier import TriageClassifier, _logit

    texts, Y = subset["text"].tolist(), subset[["threat_to_life", "crime", "welfare_only"]].to_numpy()
    clf = TriageClassifier(folds=3, use_char=False, threat_model="pairwise", n_jobs=1).fit(texts, Y)
    assert len(clf.estimators_) == 4
    rows = (Y[:, 0] == 1) | (Y[:, 2] == 1)
    head, X = clf.estimators_[-1], clf.transform(texts)
    np.testing.assert_allclose(head.coef_, clone(head).fit(X[rows], Y[rows, 0]).coef_, rtol=1e-6, atol=1e-8)

    def calibrated(h: int) -> np.ndarray:
        return clf.calibrators_[h].predict(np.asarray(clf.estimators_[h].decision_function(X), dtype=float))

    proba = clf.predict_proba(texts)
    expected = clf.threat_calibrator_.predict(_logit(calibrated(0) * calibrated(3)))
    np.testing.assert_allclose(proba[:, 0], expected, rtol=1e-9)
    # Crime and welfare are untouched by the threat model.
    np.testing.assert_allclose(proba[:, 1:], np.column_stack([calibrated(1), calibrated(2)]), rtol=1e-9)
    assert clf.oof_proba_.shape == Y.shape and np.all((clf.oof_proba_ >= 0) & (clf.oof_proba_ <= 1))


def test_pairwise_sample_weight_weighs_the_pairwise_head_alone(subset):
    from sklearn.base import clone

    from model.classifier import TriageClassifier

    texts, Y = subset["text"].tolist(), subset[["threat_to_life", "crime", "welfare_only"]].to_numpy()
    weights = np.where(np.arange(len(Y)) % 7 == 0, 20.0, 1.0)
    plain = TriageClassifier(folds=3, use_char=False, threat_model="pairwise", n_jobs=1).fit(texts, Y)
    leaning = TriageClassifier(folds=3, use_char=False, threat_model="pairwise", n_jobs=1).fit(
        texts, Y, pairwise_sample_weight=weights)
    for h in range(3):  # the three flag heads: fitted exactly as without the pairwise weights
        np.testing.assert_array_equal(plain.estimators_[h].coef_, leaning.estimators_[h].coef_)
    rows = (Y[:, 0] == 1) | (Y[:, 2] == 1)
    X = leaning.transform(texts)
    expected = clone(leaning.estimators_[3]).fit(X[rows], Y[rows, 0], sample_weight=weights[rows])
    np.testing.assert_allclose(leaning.estimators_[3].coef_, expected.coef_, rtol=1e-6, atol=1e-8)
    assert not np.allclose(plain.estimators_[3].coef_, leaning.estimators_[3].coef_)
    with pytest.raises(ValueError, match="pairwise_sample_weight must hold"):
        TriageClassifier(folds=3, use_char=False, threat_model="pairwise", n_jobs=1).fit(
            texts, Y, pairwise_sample_weight=weights[:-1])


def test_pairwise_source_weights_default_to_the_source_weights_and_are_recorded(subset):
    frame = subset.copy()
    frame["source"] = ["handwritten" if i % 10 == 0 else "generated" for i in range(len(frame))]
    config = TrainConfig(seed=0, folds=3, threat_model="pairwise", source_weights={"handwritten": 4.0})
    np.testing.assert_array_equal(config.pairwise_row_weights(frame), config.row_weights(frame))
    leaning = TrainConfig(seed=0, folds=3, threat_model="pairwise", source_weights={"handwritten": 4.0},
                          pairwise_source_weights={"handwritten": 40.0})
    assert sorted(set(leaning.pairwise_row_weights(frame))) == [1.0, 40.0]
    with pytest.raises(ValueError, match="handwritten"):
        TrainConfig(pairwise_source_weights={"handwritten": 0.0}).pairwise_row_weights(frame)
    result = train(frame, leaning)
    assert result.manifest["config"]["pairwise_source_weights"] == {"handwritten": 40.0}
    texts = frame["text"].tolist()[:50]
    assert not np.allclose(result.classifier.predict_proba(texts)[:, 0],
                           train(frame, config).classifier.predict_proba(texts)[:, 0])


def test_threat_model_is_recorded_an_unknown_one_refused_and_pairwise_needs_welfare_notes(subset):
    result = train(subset, TrainConfig(seed=0, folds=3, threat_model="pairwise"))
    assert result.manifest["config"]["threat_model"] == "pairwise"
    with pytest.raises(ValueError, match="threat_model"):
        train(subset, TrainConfig(folds=3, threat_model="guess"))
    no_welfare = subset[subset["welfare_only"] == 0]
    with pytest.raises(ValueError, match="threat_model 'pairwise' needs threat or welfare notes"):
        train(no_welfare, TrainConfig(folds=3, threat_model="pairwise"))


def test_welfare_model_is_recorded_and_an_unknown_one_refused(subset):
    result = train(subset, TrainConfig(seed=0, folds=3, welfare_model="both"))
    assert result.manifest["config"]["welfare_model"] == "both"
    with pytest.raises(ValueError, match="welfare_model"):
        train(subset, TrainConfig(folds=3, welfare_model="guess"))


def test_the_no_police_flag_head_needs_both_kinds_of_no_flag_note(subset):
    frame = subset[~((subset["threat_to_life"] == 0) & (subset["crime"] == 0) & (subset["welfare_only"] == 0))]
    with pytest.raises(ValueError, match="no police flag"):
        train(frame, TrainConfig(folds=3, welfare_model="vs_no_flag"))
    train(frame, TrainConfig(folds=3, welfare_model="vs_all"))  # the plain model does not need them


def test_latest_sentence_features_are_learned_recorded_and_survive_saving(subset, tmp_path):
    from model.artifacts import load_artifact, save_artifact

    off = train(subset, TrainConfig(seed=0, folds=3, latest_sentence=False))
    on = train(subset, TrainConfig(seed=0, folds=3, latest_sentence=True))
    assert on.manifest["config"]["latest_sentence"] is True
    names = on.classifier.vectorizer_.get_feature_names_out().astype(str)
    assert any(name.startswith("word__new_") for name in names)
    assert not any(name.startswith("word__new_")
                   for name in off.classifier.vectorizer_.get_feature_names_out().astype(str))
    texts = subset["text"].tolist()[:50]
    save_artifact(tmp_path / "m", on.classifier, on.manifest)
    loaded = load_artifact(tmp_path / "m").model
    assert loaded.processor_.latest_sentence is True
    np.testing.assert_array_equal(loaded.predict_proba(texts), on.classifier.predict_proba(texts))
