"""The forty-third round of catalog sources (scripts/catalog/sources_round43.py): the rules on
excerpts of the packages read, what the committed files hold (each new entry citing its
package), and guard pairs for names a neighbour could be confused with."""

from __future__ import annotations

import sys
from pathlib import Path

from citegraph.linker import Catalog, Linker

from .linking import assert_apart, assert_stated_by, names_by_surface

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts" / "catalog"))

import sources_round43


def test_the_classes_an_init_module_exports() -> None:
    # earth2studio 0.19.0 models/px/__init__.py and models/da/__init__.py
    source = (
        "import warnings\n\n"
        "from earth2studio.models.px.fuxi import FuXi\n"
        "from earth2studio.models.px.pangu import Pangu3, Pangu6, Pangu24\n"
        "from .healda import HealDA\n"
        "from earth2studio.models.px.utils import some_function\n"
    )
    assert sources_round43.exported_classes(source) == [
        ("earth2studio.models.px.fuxi", "FuXi"),
        ("earth2studio.models.px.pangu", "Pangu3"),
        ("earth2studio.models.px.pangu", "Pangu6"),
        ("earth2studio.models.px.pangu", "Pangu24"),
        (".healda", "HealDA"),
    ]


def test_the_model_an_earth2studio_docstring_opens_with() -> None:
    # earth2studio 0.19.0 models/px/*.py, models/dx/*.py class docstrings
    named = sources_round43.weather_model_name
    assert named("FuXi", "FuXi weather model consists of three auto-regressive U-net") == "FuXi"
    assert named("ACE2ERA5", "ACE2-ERA5 prognostic model wrapper.") == "ACE2-ERA5"
    assert named("FengWu", "FengWu (operational) weather model consists of") == "FengWu"
    assert named("FuXiS2S", "FuXi-S2S global daily-mean prognostic model.") == "FuXi-S2S"
    assert named("GraphCastSmall", "GraphCast Small 1.0 degree model\n\nA smaller") == (
        "GraphCast Small"
    )
    assert named("CAMulator", "CAMulator: NSF NCAR's autoregressive emulator") == "CAMulator"
    assert named("UCast", "U-CAST 1.5 degree global probabilistic weather model.") == "U-CAST"
    assert named("WeatherNext2Cyclones", "WeatherNext 2 Cyclones operational medium-range") == (
        "WeatherNext 2 Cyclones"
    )
    # The class abbreviates the name by its capitals (and number).
    assert named("FCN", "FourCastNet global prognostic model. Consists of") == "FourCastNet"
    assert named("FCN3", "FourCastNet 3 advances global weather modeling by") == "FourCastNet 3"
    # The class after its long form in parentheses.
    assert named("DLWP", "Deep learning weather prediction (DLWP) prognostic model.") == "DLWP"
    assert named("AIFS", "Artificial Intelligence Forecasting System (AIFS), a data driven") == (
        "AIFS"
    )
    for cls, doc in (
        ("GraphCastOperational", "GraphCast operational model\n\nA high-resolution model"),
        ("Pangu24", "Pangu Weather 24 hour model. This model consists of"),
        ("SFNO", "Spherical Fourier Operator Network global prognostic model."),
        ("AIFS2", "Artificial Intelligence Forecasting System version 2 (AIFS v2), a data"),
        ("DLESyM", "DLESyM-V1-ERA5 prognostic model. This is an ensemble"),
        ("WindgustAFNO", "Wind gust AFNO diagnsotic model."),
        ("DataReplay", "Replay a data source through the prognostic model interface."),
    ):
        assert named(cls, doc) is None, cls


def test_the_families_several_classes_open_with() -> None:
    openings = {
        "GraphCastOperational": "GraphCast operational model",
        "GraphCastSmall": "GraphCast Small 1.0 degree model",
        "StormCast": "StormCast generative convection-allowing model",
        "StormCastSDA": "StormCast with score-based data assimilation",
        "StormCastCONUS": "StormCast-CONUS generative convection-allowing model",
        "FuXi": "FuXi weather model consists of",
        "FuXiS2S": "FuXi-S2S global daily-mean prognostic model.",
        "Aurora": "Aurora 0.25 degree global forecast model.",
        "Aurora1p5": "Aurora v1.5 0.25 degree global forecast model",
    }
    assert sources_round43.shared_stems(openings) == ["GraphCast", "StormCast"]


def test_the_data_sets_earth2studio_sources_name() -> None:
    # earth2studio 0.19.0 data/*.py class docstrings
    reanalysis = sources_round43.reanalysis_name
    assert reanalysis("ERA5 reanalysis data served from the Climate Data Store (CDS).") == "ERA5"
    assert reanalysis("ERA5 reanalysis data with several derived variables on a") == "ERA5"
    assert reanalysis("Earthmover ERA5 0.25 degree reanalysis data source.") is None
    repository = sources_round43.repository_name
    doc = "ERA5 reanalysis data ... Provided by the WeatherBench2 data repository."
    assert repository("WB2ERA5", doc) == "WeatherBench2"
    doc = "Climatology provided by WeatherBench2, |"
    assert repository("WB2Climatology", doc) == "WeatherBench2"
    assert repository("ARCO_ERA5", doc) is None  # the class does not abbreviate it
    abbreviated = sources_round43.abbreviated_class
    doc = "International Best Track Archive for Climate Stewardship (IBTrACS) data source."
    assert abbreviated("IBTrACS", doc) == "IBTrACS"
    doc = "High-Resolution Rapid Refresh (HRRR) data source provides hourly"
    assert abbreviated("HRRR", doc) == "HRRR"
    doc = "CMIP6 data source for Earth2Studio. This class hosts the Coupled Model " \
        "Inter-comparison Project Phase 6 (CMIP6) archive."  # fmt: skip
    assert abbreviated("CMIP6", doc) == "CMIP6"
    doc = "NOAA's Global Historical Climatology Network Daily (GHCN-D) is a dataset"
    assert abbreviated("GHCNDaily", doc) is None
    doc = "Integrated forecast system (IFS) HRES initial state (analysis) data source"
    assert abbreviated("IFS_FX", doc) is None


def test_the_data_sets_phmd_describes() -> None:
    # phmd 2026.0.1 metadata/*.json: designation || description
    written = sources_round43.written_key
    assert written("NCMAPSS", "New Commercial ... dataset || The N-CMAPSS dataset, constructed") \
        == "N-CMAPSS"  # fmt: skip
    assert written("XJTU-SY", "XJTU-SY Bearing dataset || The XJTU-SY bearing dataset") == "XJTU-SY"
    assert written("PRONOSTIA", "... platform known as PRONOSTIA, designed for") == "PRONOSTIA"
    assert written("CURVES", "Machine Learning || Learning curves extracted") is None
    assert written("CWRU", "Bearing Fault Diagnostic || In this renowned dataset") is None
    initials = sources_round43.publisher_initials
    assert initials("CWRU", "Case Western Reserve University")
    assert not initials("JNUB", "Jiangnan University")
    assert not initials("PHM10", "PHM Society")


def test_the_models_recommenders_cites() -> None:
    # recommenders 1.2.1 models/**/*.py class docstrings
    named = sources_round43.cited_model_name
    doc = ("NRMS model(Neural News Recommendation with Multi-Head Self-Attention)\n\n"
           "Chuhan Wu, ..., \"Neural News Recommendation with Multi-Head Self-Attention\" in "
           "Proceedings of the 2019 Conference\n\nAttributes:\n    hparam: ...")  # fmt: skip
    assert named("NRMSModel", doc) == "NRMS"
    doc = "DKN model (Deep Knowledge-Aware Network)\n\n:Citation:\n\n    H. Wang, ... 2018"
    assert named("DKN", doc) == "DKN"
    assert named("SSEPT", "SSE-PT Model\n\n:Citation:\n\n    Wu L., ... RecSys, 2020.") == "SSE-PT"
    doc = "Neural Collaborative Filtering (NCF) implementation\n\n:Citation:\n\n    He, ..."
    assert named("NCF", doc) == "NCF"
    doc = "xDeepFM model\n\n:Citation:\n\n    J. Lian, ..., KDD 2018"
    assert named("XDeepFMModel", doc) == "xDeepFM"
    for cls, doc in (
        ("StandardVAE", "Standard Variational Autoencoders (VAE) for Collaborative Filtering"),
        ("RBM", "Restricted Boltzmann Machine"),
        ("SUMModel", "Sequential User Matrix Model\n\n:Citation:\n\n    Lian, J., ... 2021"),
        ("BaseModel", "Base class for models"),
        ("NAMLModel", "NAML model\n\nAttributes:\n    hparam (object): 2019"),  # no citation
    ):
        assert named(cls, doc) is None, cls


def test_denied_names_have_reasons() -> None:
    assert all(reason.strip() for reason in sources_round43.DENY_ROUND43.values())
    for name in ("Atlas", "Aurora", "Climate Net", "Persistence", "GFS", "IFS", "HRRR", "ISD",
                 "IMS", "MFPT", "GRU"):  # fmt: skip
        assert sources_round43._denied(name), name
    # Chained to the earlier rounds' lists: AIDS (42), PACS (41), FPN (first round).
    assert sources_round43._denied("AIDS") and sources_round43._denied("PACS")
    assert sources_round43._denied("FPN")


def test_the_committed_files_hold_the_forty_third_round(catalog: Catalog) -> None:
    expected = {
        "earth2studio": ("FuXi", "FengWu", "FourCastNet", "FourCastNet 3", "GraphCast",
                         "GraphCast Small", "CorrDiff", "StormCast", "DLWP", "AIFS",
                         "ERA5", "WeatherBench2", "IBTrACS", "MRMS", "CMIP6"),
        "phmd": ("CWRU", "XJTU-SY", "PRONOSTIA", "N-CMAPSS"),
        "recommenders": ("NRMS", "NAML", "LSTUR", "DKN", "SSE-PT"),
    }  # fmt: skip
    assert_stated_by(catalog, expected)
    # Left out: denied names and ordinary words.
    for name in ("Atlas", "Aurora", "Climate Net", "Persistence", "GFS", "IFS", "HRRR", "ISD",
                 "IMS", "MFPT", "CURVES"):  # fmt: skip
        found = catalog.lookup(name)
        assert not any("earth2studio " in catalog.entries[e].source
                       or "phmd " in catalog.entries[e].source for e in found), name  # fmt: skip


def test_the_neighbours_stay_apart(catalog: Catalog, linker: Linker) -> None:
    pairs = [
        ("FourCastNet 3", "FourCastNet"),
        ("FuXi-S2S", "FuXi"),
        ("GraphCast Small", "GraphCast"),
        ("StormCast-CONUS", "StormCast"),
        ("N-CMAPSS", "C-MAPSS"),
        ("SSE-PT", "SASRec"),
    ]
    assert_apart(catalog, pairs)
    text = ("We compare FourCastNet, GraphCast and FuXi on ERA5 and WeatherBench2, and "
            "diagnose bearing faults on CWRU and XJTU-SY.")  # fmt: skip
    by_surface = names_by_surface(linker, text)
    expected = {"FourCastNet": "FourCastNet", "GraphCast": "GraphCast", "FuXi": "FuXi",
                "ERA5": "ERA5", "WeatherBench2": "WeatherBench2", "CWRU": "CWRU",
                "XJTU-SY": "XJTU-SY"}  # fmt: skip
    for surface, name in expected.items():
        assert by_surface.get(surface) == name, (surface, by_surface)
