"""XGB and LGBM, the usual short names of XGBoost and LightGBM (gradient-boosting
libraries, which the guideline lists as no models), are never a model's name: listed beside
a model the catalog knows they made "XGB" a model on dev17 once catalog round 29 taught the
linker TabPFN."""

from __future__ import annotations

from citegraph.linker import Linker
from tests.linking import paper


def test_boosting_libraries_short_names_are_no_models(linker: Linker) -> None:
    abstract = "On 18 datasets our model outperforms TabPFN, XGB and LGBM baselines."
    linked = {m.surface: m.entity_id for m in linker.link(paper(abstract)).mentions}
    assert linked == {"TabPFN": "model:tabpfn"}
