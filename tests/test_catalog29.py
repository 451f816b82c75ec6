"""The twenty-ninth round of catalog sources (scripts/catalog/sources_round29.py): the rules on
excerpts of the packages read, what the committed files hold (each new entry citing its
package), and guard pairs for names a neighbour could be confused with."""

from __future__ import annotations

import sys
from pathlib import Path

from citegraph.linker import Catalog, Linker

from .linking import assert_stated_by, names_by_surface

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts" / "catalog"))

import sources_round29

# tabpfn 9.2.0 package description (README), excerpts
_README = (
    "To use our default TabPFN-3.5 model: ... To use the smaller, faster TabPFN-3.5-Fast you "
    "can use `ModelVersion.V3_5_FAST`. The TabPFN-2.5, TabPFN-2.6, TabPFN-3 and TabPFN-3.5 "
    "model weights ... The TabPFN-2 model weights are licensed under ..."
)


def test_a_release_is_named_as_the_description_spells_it() -> None:
    name = sources_round29.release_name
    assert name(_README, "v2.5") == "TabPFN-2.5"
    assert name(_README, "v3.5-fast") == "TabPFN-3.5-Fast"  # the description's capitals
    assert name(_README, "v2") == "TabPFN-2"
    assert name(_README, "v3.5") == "TabPFN-3.5"  # not "TabPFN-3.5-Fast", not "TabPFN-3"
    assert name(_README, "v4") is None  # never written
    assert name(_README, "2.5") is None  # not a version id


def test_only_a_coined_name_is_a_name() -> None:
    coined = sources_round29.coined_name
    # aeon 1.6.0 datasets/tsc_datasets.py UCR2019 and UEA, tser_datasets.py tser_soton
    for name in ("ECG200", "FordA", "ElectricDevices", "PEMS-SF", "NATOPS", "Lightning7"):
        assert coined(name), name
    for name in ("Coffee", "Beef", "Wafer", "Car", "Adiac", "Mallat", "Yoga", "Covid3Month_disc"):
        assert not coined(name), name
    # A regression data set's name needs a digit or an acronym (tser_datasets.py tser_soton).
    for name in ("BIDMC32HR", "IEEEPPG", "PPGDalia", "Covid3Month"):
        assert coined(name, strict=True), name
    for name in ("ZincConcentration", "WindTurbinePower", "AustraliaRainfall"):
        assert not coined(name, strict=True), name


def test_the_archives_are_named_by_their_references() -> None:
    doc = """``UCR2019``
    The 128 datasets from the final UCR archive release, described in [1]_.

``UEA``
    The 30 multivariate datasets from the UEA archive, described in [2]_ and [3]_.

.. [1] H. Dau, ... *The UCR Time Series Archive*.
   IEEE/CAA Journal of Automatica Sinica, 6(6):1293-1305, 2019.
.. [2] A. Bagnall, ... *The UEA Multivariate Time Series
   Classification Archive, 2018*. arXiv:1811.00075, 2018.
.. [3] A. Pasos Ruiz, ... *The Great Multivariate Time Series Classification Bake Off: A
   Review and Experimental Evaluation of Recent Algorithmic Advances*."""
    assert sources_round29.archive_titles(doc) == [
        ("UCR Time Series Archive", ["UCR archive"]),
        ("UEA Multivariate Time Series Classification Archive", ["UEA archive"]),
    ]


def test_an_environment_is_named_by_its_title() -> None:
    title = sources_round29.environment_title
    # pettingzoo 1.27.0 module docstrings
    hanabi = '# Hanabi\n\n| Creation | `make("aec", "classic/hanabi-v5")` |'
    assert title(hanabi, "classic") == ("Hanabi", [])
    kaz = ("# Knights Archers Zombies ('KAZ')\n\n"
           '| Creation | `make("aec", "butterfly/knights_archers_zombies-v11")` |')  # fmt: skip
    assert title(kaz, "butterfly") == ("Knights Archers Zombies", ["KAZ"])
    # Another family's environment, or a module that makes none, names nothing.
    assert title(hanabi, "sisl") is None
    assert title("# Utils\n\nHelpers.", "classic") is None


def test_denied_names_have_reasons() -> None:
    assert all(reason for reason in sources_round29.DENY_ROUND29.values())
    assert {"BME", "CBF", "LSST", "AtrialFibrillation", "SyntheticControl"} <= set(
        sources_round29.DENY_ROUND29
    )


def test_the_committed_files_hold_the_twenty_ninth_round(catalog: Catalog) -> None:
    expected = {
        "tabpfn": ("TabPFN", "TabPFN-2", "TabPFN-2.5", "TabPFN-3", "TabPFN-3.5-Fast"),
        "aeon": ("ECG200", "FordA", "ElectricDevices", "UWaveGestureLibraryX", "PEMS-SF",
                 "UCR Time Series Archive", "UEA archive", "BeijingPM25Quality", "BIDMC32HR"),
        "pettingzoo": ("Hanabi", "Multiwalker", "Pistonball", "Leduc Hold'em"),
    }  # fmt: skip
    assert_stated_by(catalog, expected)
    # The Hub repo a release loads, where one repo serves it alone.
    assert catalog.lookup("TabPFN-2.5") == ("model:hf:Prior-Labs/tabpfn_2_5",)
    assert catalog.lookup("TabPFN-3") == ("model:hf:Prior-Labs/tabpfn_3",)
    (fast,) = catalog.lookup("TabPFN-3.5-Fast")
    (default,) = catalog.lookup("TabPFN-3.5")
    assert "tabpfn_3_5" not in fast + default  # one repo for both: it names neither
    for word in ("Coffee", "Beef", "Wafer", "Car", "Yoga", "Adiac", "Mallat", "BME", "CBF",
                 "LSST", "PLAID", "AtrialFibrillation", "MotorImagery", "KAZ", "Chess",
                 "ZincConcentration", "Chlorine Concentration", "ERing"):  # fmt: skip
        assert not catalog.lookup(word), word


def test_the_neighbours_stay_apart(catalog: Catalog, linker: Linker) -> None:
    # Each TabPFN release is its own entry, and none is TabPFN; FordA is not FordB, ECG200
    # not ECG5000; the UCR archive is not the UEA one.
    names = ("TabPFN", "TabPFN-2", "TabPFN-2.5", "TabPFN-2.6", "TabPFN-3", "TabPFN-3.5",
             "TabPFN-3.5-Fast")  # fmt: skip
    releases = {catalog.lookup(name)[0] for name in names}
    assert len(releases) == 7
    assert catalog.lookup("FordA") != catalog.lookup("FordB")
    assert catalog.lookup("ECG200") != catalog.lookup("ECG5000")
    assert catalog.lookup("UCR archive") != catalog.lookup("UEA archive")
    text = ("We compare TabPFN v2 and TabPFN-2.5 on FordA, ECG200 and ElectricDevices from the "
            "UCR archive.")  # fmt: skip
    by_surface = names_by_surface(linker, text)
    assert by_surface["TabPFN v2"] == "TabPFN-2"
    assert by_surface["TabPFN-2.5"] == "TabPFN-2.5"
    assert by_surface["FordA"] == "FordA"
    assert by_surface["ECG200"] == "ECG200"
    assert by_surface["UCR archive"] == "UCR Time Series Archive"
    # The UCR names that are words link nothing in plain text.
    plain = ("We drank coffee, ate beef and a wafer in the car, then did yoga. Atrial "
             "Fibrillation and Motor Imagery are studied with Synthetic Control methods; "
             "o ering inspiration.")  # fmt: skip
    assert names_by_surface(linker, plain) == {}
