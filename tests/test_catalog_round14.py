"""The fourteenth round of catalog sources (scripts/catalog/sources_round14.py): its name rules
on excerpts of the packages it reads, and what the committed files hold from them."""

from __future__ import annotations

import sys
from pathlib import Path

from citegraph.linker import Catalog

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts" / "catalog"))

import sources_round14

# mmaction2 1.2.0's package description: cells of its table of supported models, and one of
# its data-set table (which the thirteenth round reads).
MMACTION2 = """\
<td><a href="https://github.com/open-mmlab/mmaction2/blob/main/configs/skeleton/stgcn/README.md">ST-GCN</a> (AAAI'2018)</td>
<td><a href="https://github.com/open-mmlab/mmaction2/blob/main/configs/skeleton/2s-agcn/README.md">2s-AGCN</a> (CVPR'2019)</td>
<td><a href="https://github.com/open-mmlab/mmaction2/blob/main/configs/recognition/i3d/README.md">I3D</a> (CVPR'2017)</td>
<td><a href="https://github.com/open-mmlab/mmaction2/blob/main/configs/recognition/i3d/README.md">I3D Non-Local</a> (CVPR'2018)</td>
<td><a href="https://github.com/open-mmlab/mmaction2/blob/main/configs/recognition/swin/README.md">VideoSwin</a> (CVPR'2022)</td>
<td><a href="https://github.com/open-mmlab/mmaction2/blob/main/configs/recognition_audio/resnet/README.md">MultiModality: Audio</a> (ArXiv'2020)</td>
<td><a href="https://github.com/open-mmlab/mmaction2/blob/main/tools/data/thumos14/README.md">THUMOS14</a></td>
"""  # noqa: E501


def test_a_model_table_names_what_its_config_folders_spell() -> None:
    assert sources_round14.config_linked_names(MMACTION2) == ["ST-GCN", "2s-AGCN", "I3D"]


# mmdet 3.3.0's models/detectors/gfl.py, queryinst.py and a made-up docstring linking elsewhere.
GFL = "Implementation of `GFL <https://arxiv.org/abs/2006.04388>`_"
QUERYINST = """Implementation of
    `Instances as Queries <http://arxiv.org/abs/2105.01928>`_"""


def test_a_detector_is_named_by_the_paper_link_under_its_class_name() -> None:
    assert sources_round14.implemented_detector("GFL", GFL) == "GFL"
    fast = "Implementation of `Fast R-CNN <https://arxiv.org/abs/1504.08083>`_"
    assert sources_round14.implemented_detector("FastRCNN", fast) == "Fast R-CNN"


def test_a_link_under_another_name_or_to_another_site_names_nothing() -> None:
    assert sources_round14.implemented_detector("QueryInst", QUERYINST) is None
    assert sources_round14.implemented_detector("ATSS", GFL) is None
    other = "Implementation of `GFL <https://github.com/implus/GFocal>`_"
    assert sources_round14.implemented_detector("GFL", other) is None


# larq-zoo 2.4.0's literature/xnornet.py, densenet.py and real_to_bin_nets.py docstrings
# (openings).
XNORNET = """Instantiates the XNOR-Net architecture.

    Optionally loads weights pre-trained on ImageNet.
"""
DENSENET28 = "Instantiates the BinaryDenseNet 28 architecture.\n\nOptionally loads weights"
REAL_TO_BINARY = (
    "Instantiates the BNN version of the Real-to-Binary network from Martinez et. al.\n\n"
    "Optionally loads weights pre-trained on ImageNet."
)


def test_a_builder_is_named_by_the_architecture_it_instantiates() -> None:
    assert sources_round14.instantiated_architecture("XNORNet", XNORNET) == "XNOR-Net"
    melius = "Instantiates the MeliusNet22 architecture."
    assert sources_round14.instantiated_architecture("MeliusNet22", melius) == "MeliusNet22"


def test_a_depth_written_apart_or_another_sentence_names_nothing() -> None:
    assert sources_round14.instantiated_architecture("BinaryDenseNet28", DENSENET28) is None
    assert sources_round14.instantiated_architecture("RealToBinaryNet", REAL_TO_BINARY) is None
    assert sources_round14.instantiated_architecture("QuickNet", XNORNET) is None


# fair-esm 2.0.0's package description: the comparison table (rows shortened).
FAIR_ESM = """\
<table class="tg">
<thead>
  <tr>
    <th class="tg-0thz"><span style="font-weight:bold">Task</span></th>
    <th class="tg-j6zm" colspan="3"><span style="font-weight:bold">Unsupervised contact prediction</span></th>
  </tr>
</thead>
<tbody>
  <tr>
    <td class="tg-j6zm"><span style="font-weight:bold">Test set</span></td>
    <td class="tg-j6zm"><span style="font-weight:bold">Large valid</span></td>
    <td class="tg-j6zm"><span style="font-weight:bold">CASP14</span></td>
    <td class="tg-j6zm"><span style="font-weight:bold">CAMEO (Apr-Jun 2022)</span></td>
    <td class="tg-j6zm"><span style="font-weight:bold">CASP14</span></td>
  </tr>
  <tr>
    <td class="tg-7zrl">Gremlin (Potts)</td>
    <td class="tg-7zrl">39.3</td>
  </tr>
</tbody>
</table>
"""  # noqa: E501


def test_the_test_set_row_names_the_test_sets() -> None:
    assert sources_round14.test_set_row(FAIR_ESM) == ["Large valid", "CASP14", "CAMEO"]


def test_other_rows_name_nothing() -> None:
    assert sources_round14.test_set_row(FAIR_ESM.replace("Test set", "Model")) == []


def test_denied_names_have_reasons() -> None:
    assert all(reason for reason in sources_round14.DENY_ROUND14.values())


def test_the_committed_files_hold_the_fourteenth_round(catalog: Catalog) -> None:
    # mmaction2's model table: "ST-GCN" an alias of the metafile's STGCN
    (stgcn,) = catalog.lookup("ST-GCN")
    assert stgcn == catalog.lookup("STGCN")[0]
    assert "mmaction2 1.2.0: package description model table" in catalog.entries[stgcn].source
    # mmdet's detector classes: GFL new
    (gfl,) = catalog.lookup("GFL")
    assert "mmdet 3.3.0: models/detectors/gfl.py GFL docstring" in catalog.entries[gfl].source
    # larq-zoo's binarized networks
    (xnor,) = catalog.lookup("XNOR-Net")
    assert "larq-zoo 2.4.0" in catalog.entries[xnor].source
    # fair-esm's test sets; "Large valid" left out by the ordinary-word guard
    (casp14,) = catalog.lookup("CASP14")
    assert "fair-esm 2.0.0: package description test set" in catalog.entries[casp14].source
    assert not catalog.lookup("Large valid")
