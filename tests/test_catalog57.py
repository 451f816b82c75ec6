"""The fifty-seventh round of catalog sources (scripts/catalog/sources_round57.py): the rules on
excerpts of the packages read, what the committed files hold (each new entry citing its
package and version), the denials, and guard pairs for names a neighbour could be confused
with."""

from __future__ import annotations

import sys
from pathlib import Path

from citegraph.linker import Catalog, Linker

from .linking import assert_apart, assert_stated_by, names_by_surface

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts" / "catalog"))

import sources_round57


def test_the_data_sets_a_description_says_it_converts() -> None:
    # clinica 0.12.0 package description
    converted = sources_round57.converted_datasets
    text = (
        "Clinica provides tools to convert publicly available neuroimaging datasets into\n"
        "BIDS, namely:\n\n"
        "- [ADNI: Alzheimer\u2019s Disease Neuroimaging Initiative](https://x/ADNI2BIDS/)\n"
        "- [AIBL: Australian Imaging, Biomarker & Lifestyle Flagship Study of Ageing]"
        "(https://x/AIBL2BIDS/)\n"
        "- [NIFD: Neuroimaging in Frontotemporal Dementia](https://x/NIFD2BIDS/)\n"
        "- [OASIS: Open Access Series of Imaging Studies](https://x/OASIS2BIDS/)\n"
        "- [OASIS-3: Longitudinal Neuroimaging, Clinical, and Cognitive Dataset for Normal "
        "Aging and Alzheimer\u2019s Disease](https://x/OASIS3TOBIDS/)\n\n"
        "Clinica can process any BIDS-compliant dataset"
    )
    assert converted(text) == [
        ("ADNI", "Alzheimer\u2019s Disease Neuroimaging Initiative"),
        ("AIBL", None),  # the initials spell more than the acronym
        ("NIFD", "Neuroimaging in Frontotemporal Dementia"),
        ("OASIS", "Open Access Series of Imaging Studies"),
        ("OASIS-3", None),  # a title, no long form
    ]
    assert converted("- [ADNI: Alzheimer\u2019s Disease Neuroimaging Initiative](x)\n") == []


def test_the_data_set_a_loader_is_a_subset_of() -> None:
    # mirdata 1.0.0 datasets/medleydb_melody.py, medleydb_pitch.py module docstrings
    subset_of = sources_round57.subset_of
    doc = ("MedleyDB melody Dataset Loader\n\n.. admonition:: Dataset Info\n    :class: dropdown\n"
           "\n    MedleyDB melody is a subset of the MedleyDB dataset containing only\n    the "
           "mixtures and melody annotations.\n\n    MedleyDB is a dataset of annotated, "
           "royalty-free multitrack recordings.")  # fmt: skip
    assert subset_of(doc) == "MedleyDB"
    pitch = ("MedleyDB pitch Dataset Loader\n\n    MedleyDB Pitch is a pitch-tracking subset of "
             "the MedleyDB dataset\n    containing only f0-annotated, monophonic stems.\n\n"
             "    MedleyDB is a dataset of annotated, royalty-free multitrack "
             "recordings.")  # fmt: skip
    assert subset_of(pitch) == "MedleyDB"
    # the data set must be said to be one, and the loader must be named after it
    assert subset_of(doc.replace("MedleyDB is a dataset of", "It holds")) is None
    assert subset_of(doc.replace("subset of the MedleyDB", "subset of the Other")) is None


def test_the_corpus_a_recipe_opens_with() -> None:
    # lhotse 1.33.0 recipes/ami.py, icsi.py, cmu_kids.py module docstrings
    corpus = sources_round57.recipe_corpus
    assert corpus("ami", "\nThe data preparation recipe for the AMI Meeting Corpus.\n\nNOTE") == (
        "AMI", "AMI Meeting Corpus")  # fmt: skip
    assert corpus("icsi", "The data preparation recipe for the ICSI Meeting Corpus. It") == (
        "ICSI", "ICSI Meeting Corpus")  # fmt: skip
    assert corpus("meetings", "The data preparation recipe for the AMI Meeting Corpus.") is None
    assert corpus("cmu_kids", "Data preparation recipe for CMU Kids corpus (https://x)") is None


def test_the_model_a_residual_block_is_from() -> None:
    # audiocraft 1.3.0 modules/seanet.py
    block = sources_round57.block_from_model
    assert block("SEANetResnetBlock", "Residual block from SEANet model.\n\n    Args:") == "SEANet"
    assert block("ResnetBlock", "Residual block from SEANet model.") is None
    assert block("SEANetEncoder", "SEANet encoder.") is None


def test_the_policies_a_model_card_template_heads() -> None:
    # lerobot 0.4.4 templates/lerobot_modelcard_template.md
    bold = sources_round57.bold_policy
    assert bold("**π₀ (Pi0)**") == ("Pi0", ["π₀", "π0"])
    assert bold("**π₀.₅ (Pi05) Policy**") == ("Pi05", ["π₀.₅", "π0.5"])
    assert bold("**SmolVLA (Pi0)**") is None  # the name is not the identifier
    assert bold("π₀ (Pi0)") is None


def test_the_committed_files_hold_the_fifty_seventh_round(catalog: Catalog) -> None:
    expected = {
        "clinica": ("ADNI", "AIBL", "NIFD", "OASIS", "OASIS-3"),
        "mirdata": ("MedleyDB",),
        "lhotse": ("ICSI Meeting Corpus", "AMI Meeting Corpus"),
        "audiocraft": ("SEANet",),
        "lerobot": ("Pi05", "π0"),
    }
    assert_stated_by(catalog, expected)
    versions = {
        "ADNI": "clinica 0.12.0: package description 'convert publicly available neuroimaging",
        "MedleyDB": "mirdata 1.0.0: datasets/medleydb_melody.py module docstring",
        "ICSI Meeting Corpus": "lhotse 1.33.0: recipes/icsi.py module docstring",
        "SEANet": "audiocraft 1.3.0: modules/seanet.py SEANetResnetBlock docstring",
    }
    for name, source in versions.items():
        (found,) = catalog.lookup(name)
        assert catalog.entries[found].source.startswith(source), (name, source)
    # AMI Meeting Corpus and π0 join the entries other packages give
    assert catalog.lookup("AMI Meeting Corpus") == catalog.lookup("AMI")
    (ami,) = catalog.lookup("AMI")
    assert "lhotse 1.33.0: recipes/ami.py" in catalog.entries[ami].source
    assert catalog.lookup("π0") == catalog.lookup("Pi0") == ("model:pi0",)
    # denied: HABS (harmful algal blooms), ICSI (the institute)
    assert sources_round57._denied("HABS")
    assert sources_round57._denied("ICSI")
    assert not catalog.lookup("HABS")
    assert not catalog.lookup("ICSI")


def test_the_neighbours_stay_apart(catalog: Catalog, linker: Linker) -> None:
    assert_apart(catalog, [("MedleyDB", "MedleyDB melody"), ("MedleyDB", "Medley-solos-DB"),
                           ("OASIS-3", "OASIS"), ("ICSI Meeting Corpus", "AMI"),
                           ("Pi05", "Pi0"), ("SEANet", "EnCodec")])  # fmt: skip
    text = ("We evaluate on the AMI meeting corpus and on 70 tracks from MedleyDB, use MCI "
            "cases from the Alzheimer\u2019s Disease Neuroimaging Initiative (ADNI), build on "
            "SEANet, and improve on π0.")  # fmt: skip
    by_surface = names_by_surface(linker, text)
    assert by_surface.get("AMI meeting corpus") == "AMI"
    assert by_surface.get("MedleyDB") == "MedleyDB"
    assert by_surface.get("ADNI") == "ADNI"
    assert by_surface.get("SEANet") == "SEANet"
    assert by_surface.get("π0") == "PI0"
    # OASIS is kept as written: the word links nothing
    assert "OASIS" not in names_by_surface(linker, "The garden is an oasis of calm.").values()
    # the melody subset is its own entry
    by_surface = names_by_surface(linker, "We test melody extraction on MedleyDB melody.")
    assert by_surface.get("MedleyDB melody") == "MedleyDB melody"
