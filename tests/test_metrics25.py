"""MAE is the Masked Autoencoder and the mean absolute error: among error metrics, or called a
metric, it is the error, not the model. Found on the thirteenth collection round
(tests/gold/dev13), in a stock-forecasting abstract."""

from __future__ import annotations

import pytest

from citegraph.linker import Linker
from tests.linking import found


@pytest.mark.parametrize(
    "abstract",
    [
        "The technique is measured using MAPE, MAE, MSE and rRMSE performance metrics.",
        "We report MAE, MSE and RMSE on the held-out weeks.",
        "The model reaches an 87% reduction on MAE metric.",
    ],
)
def test_mae_among_metrics_is_the_error(linker: Linker, abstract: str) -> None:
    assert "model:mae" not in found(linker, abstract)


@pytest.mark.parametrize(
    "abstract",
    [
        "We pre-train with MAE, then fine-tune on ImageNet.",
        "We compare with MAE, SimMIM and BEiT on ImageNet, reporting FID and PSNR.",
    ],
)
def test_mae_among_models_is_the_model(linker: Linker, abstract: str) -> None:
    assert "model:mae" in found(linker, abstract)


def test_other_models_before_metrics_stay_models(linker: Linker) -> None:
    assert "model:t5" in found(linker, "We evaluate T5, BLEU and ROUGE on the task.")
