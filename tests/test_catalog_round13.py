"""The thirteenth round of catalog sources (scripts/catalog/sources_round13.py): its name rules
on excerpts of the packages it reads, and what the committed files hold from them."""

from __future__ import annotations

import sys
from pathlib import Path

from citegraph.linker import Catalog

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts" / "catalog"))

import sources_round13

# pyannote.audio 4.0.7's package description: the benchmark table (rows shortened) and the
# prose after it.
PYANNOTE = """\
## Benchmark

| Benchmark (last updated in 2025-09) | <a href="https://hf.co/pyannote/speaker-diarization-3.1">`legacy` (3.1)</a>| x |
| ----------------------------------- | ---- | ---- |
| [AISHELL-4](https://arxiv.org/abs/2104.03603)                      | 12.2 | 11.7 |
| [AMI](https://groups.inf.ed.ac.uk/ami/corpus/) (IHM)               | 18.8 | 17.0 |
| [AMI](https://groups.inf.ed.ac.uk/ami/corpus/) (SDM)               | 22.7 | 19.9 |
| [CALLHOME](https://catalog.ldc.upenn.edu/LDC2001S97) ([part 2](https://github.com/x/y)) | 28.5 | 26.7 |
| [DIHARD 3](https://catalog.ldc.upenn.edu/LDC2022S14) ([full](https://arxiv.org/abs/2012.01477)) | 21.4 | 20.2 |

__[Diarization error rate](http://pyannote.github.io/pyannote-metrics/reference.html) (in %)__

Compared to the [`3.1`](https://hf.co/pyannote/speaker-diarization-3.1) legacy pipeline, ...
"""  # noqa: E501


def test_a_benchmark_table_names_the_data_sets_its_rows_link() -> None:
    assert sources_round13.benchmark_table_names(PYANNOTE) == [
        "AISHELL-4",
        "AMI",
        "CALLHOME",
        "DIHARD 3",
    ]


def test_links_outside_a_benchmark_table_name_nothing() -> None:
    prose = PYANNOTE.split("| [AISHELL-4]", 1)[0].replace("| Benchmark", "| Model")
    assert sources_round13.benchmark_table_names(prose) == []
    assert sources_round13.benchmark_table_names("[AMI](https://example.org) is a corpus.") == []


# avalanche-lib 0.6.0's benchmarks/classic/cmnist.py and ccifar10.py, clear.py docstrings
# (openings).
ROTATED = """Creates a Rotated MNIST benchmark.

    If the dataset is not present in the computer, this method will
"""
SPLIT_CIFAR10 = """
    Creates a CL benchmark using the CIFAR10 dataset.
    If the dataset is not present in the computer, this method will
"""
CLEAR = "\n    Creates a Domain-Incremental benchmark for CLEAR 10 & 100\n"


def test_a_created_benchmark_is_named_by_its_docstring() -> None:
    assert sources_round13.created_benchmark(ROTATED) == "Rotated MNIST"
    assert sources_round13.created_benchmark("Creates a Permuted MNIST benchmark.") == (
        "Permuted MNIST"
    )


def test_a_benchmark_built_from_a_data_set_or_a_setting_names_nothing() -> None:
    assert sources_round13.created_benchmark(SPLIT_CIFAR10) is None
    assert sources_round13.created_benchmark(CLEAR) is None
    assert sources_round13.created_benchmark("Creates a CL scenario for the simulator.") is None


# mmaction2 1.2.0's package description: cells of its table of supported data sets.
MMACTION2 = """\
<td><a href="https://github.com/open-mmlab/mmaction2/blob/main/tools/data/thumos14/README.md">THUMOS14</a> (<a href="https://www.crcv.ucf.edu/THUMOS14/download.html">Homepage</a>) (THUMOS Challenge 2014)</td>
<td><a href="https://github.com/open-mmlab/mmaction2/blob/main/tools/data/ava_kinetics/README.md">AVA-Kinetics</a></td>
<td><a href="https://github.com/open-mmlab/mmaction2/blob/main/tools/data/gym/README.md">FineGYM</a></td>
<td><a href="https://github.com/open-mmlab/mmaction2/blob/main/tools/data/skeleton/README.md">PoseC3D-UCF101</a></td>
<td><a href="https://github.com/open-mmlab/mmaction2/blob/main/tools/data/jhmdb/README.md">JHMDB*</a></td>
<td><a href="https://github.com/open-mmlab/mmaction2/blob/main/tools/data/kinetics/README.md">Kinetics-[400/600/700]</a></td>
"""  # noqa: E501


def test_a_data_set_table_names_what_its_guides_folders_spell() -> None:
    assert sources_round13.guide_linked_names(MMACTION2) == ["THUMOS14", "AVA-Kinetics"]


# pytorchcv 0.0.74's models/resnet_cifar.py and resnext.py builder docstrings (openings).
RESNET56 = """
    ResNet-56 model for CIFAR-10 from 'Deep Residual Learning for Image Recognition,'
    https://arxiv.org/abs/1512.03385.
"""
RESNEXT26 = """
    ResNeXt-26 (16x4d) model from 'Aggregated Residual Transformations for Deep Neural Networks,'
    http://arxiv.org/abs/1611.05431.
"""


def test_a_builder_named_with_its_data_set_or_configuration_names_its_network() -> None:
    assert sources_round13.qualified_builder_model(RESNET56) == "ResNet-56"
    assert sources_round13.qualified_builder_model(RESNEXT26) == "ResNeXt-26"


def test_a_plain_or_experimental_builder_names_nothing_here() -> None:
    plain = "ResNet-50 model from 'Deep Residual Learning for Image Recognition,'"
    assert sources_round13.qualified_builder_model(plain) is None  # the fourth round's
    experimental = (
        "ResNet-56 model for CIFAR-10 from 'Deep Residual ...'. It's an experimental model."
    )
    assert sources_round13.qualified_builder_model(experimental) is None
    assert sources_round13.qualified_builder_model("resnet56 model for CIFAR-10 from 'x'") is None


def test_denied_names_have_reasons() -> None:
    assert set(sources_round13.DENY_ROUND13) == {"ActivityNet"}
    assert all(reason for reason in sources_round13.DENY_ROUND13.values())


def test_the_committed_files_hold_the_thirteenth_round(catalog: Catalog) -> None:
    # pyannote.audio's benchmark table: CALLHOME new, "DIHARD 3" an alias of lhotse's dihard3
    (callhome,) = catalog.lookup("CALLHOME")
    assert "pyannote.audio 4.0.7: package description" in catalog.entries[callhome].source
    (dihard,) = catalog.lookup("DIHARD 3")
    assert dihard == catalog.lookup("dihard3")[0]
    # avalanche's benchmarks
    (rotated,) = catalog.lookup("Rotated MNIST")
    assert "avalanche-lib 0.6.0" in catalog.entries[rotated].source
    assert rotated not in catalog.lookup("MNIST")
    # mmaction2's table; ActivityNet was denied here (round 48 admits the family, stated by
    # fiftyone's docstring, now that ActivityNet Captions has an entry of its own)
    (thumos,) = catalog.lookup("THUMOS14")
    assert "mmaction2 1.2.0: package description" in catalog.entries[thumos].source
    assert catalog.lookup("ActivityNet") != catalog.lookup("ActivityNet Captions")
    # pytorchcv's checkpoints named with a configuration: ResNeXt-26 of ResNeXt
    (resnext26,) = catalog.lookup("ResNeXt-26")
    assert "pytorchcv 0.0.74: models/resnext.py" in catalog.entries[resnext26].source
    assert catalog.entries[resnext26].level == "checkpoint"
