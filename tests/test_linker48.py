"""Rules from the forty-eighth and forty-ninth collection rounds' misses (tests/gold/dev48
and dev49, read sets from the thirty-first session on): a measure's name, then "on", says
what follows is data the measure was taken on ("7.85% EER on ZorbCeleb-O"), as "results
on" does; what the paper's own model or method is shown on is its data ("the superiority
of our model on ZorbGait, QU-MVLP, and QASIA-B"), unless a model the catalog knows stands
in the list; a name followed by a possessive and a capitalised word is the first word of a
longer name or its owner's ("Montezuma's Revenge", "Zorbkart's Voice Search"); a run of
Title Case words ending in "Transformer" or "Network" whose initials spell a catalog
model's acronym is that model only if it is one of the entry's long forms, when the entry
has any ("A Multiscale Patch Transformer" is not MPT, the MosaicML Pretrained Transformer;
dev49's "Generative Interpretation Network" was linked to GIN, whose entry has none).
A one-word catalog name a Title Case title or a sentence's first word capitalises is the
word when the abstract writes it in lower case elsewhere ("Humanoid Whole-Body Control" +
"Humanoid robots are ..." + "a humanoid control framework" names no Humanoid
environment); written capitalised inside a sentence it stays the name. A data set's head
noun, then what the data is for, then a naming word names a data set ("a dataset for cloud
restoration called OPT-BCFSAR-PFSAR", no variant of the catalog's OPT). A Title Case long
form ending in a method's or a measure's noun makes its acronym a method's, introduced or
not ("we propose a novel Asymptotic-Quantized Estimator (AQE)", "Adaptive Motion
Optimization (AMO)"): no model, whatever later sentences say of it ("trained by AQE, a
quantized neural network"). A lower-case long form's small words ("of", "and", "for")
give its acronym no letter ("estimated time of arrival (ETA)" is a quantity, no model of
the paper's), unless a data set's head noun and "for" stand before it ("the dataset for
plain language adaptation of biomedical abstracts (PLABA)"). A title's description may set
two Title Case modifiers apart by a comma before its head noun ("DualCodec: A
Low-Frame-Rate, Semantically-Enhanced Neural Audio Codec for ..."), and a network-shaped
title name described as a network's approach is the network ("COVINet: a convolutional
neural network approach for ..."). An introduced lower-case long form's bracketed acronym
(three capitals or more) typed by the head noun right after the bracket ("We propose the
joint speech translation and recognition (JSTAR) model that ..."). "U-Net" heads a
description as "network" does ("We propose LUPIN, a Lagrangian Double U-Net for ...", "a
multi-encoding U-Net (MENU-Net) is proposed"). "Our", "the proposed" or "the presented",
then a Title Case long form ending in a head noun and its acronym in brackets introduce the
acronym ("the presented Neural Network Epileptic Spike Detector (NNESD) showed ..."). A
name ending in a graph or convolutional network's acronym is shaped like a network's
("we propose Gated-RGCN to accumulate ...", "ImagineRNN"). "-structured" after a name
makes a modifier, as "-based" does ("our LLaMA-structured models" name LLaMA). A
lower-case long form ending in "network" whose acronym an "accelerator", "algorithm",
"module", "block" or "layer" follows names a part, not a network ("a quantized convolution
neural network (QCNN) accelerator architecture"). A language's name other than English
right before a model's name makes a longer name, another model ("Arabic Stable LM" is no
Stable LM; "the English RoBERTa" is RoBERTa). Networks a paper's framework is evaluated
over are evaluated objects, not its base ("We evaluated the framework over three widely
adopted convolutional neural networks: VGG16, AlexNet, and MobileNetV2"; dev44's text).
Plain capitalised words listed right before a singular data head noun are one Title Case
name, no list of data sets ("performance on the Look, Listen, and Parse dataset"). What a
method's head noun lists are methods, whatever catalog data set shares a name with one
("modern compression schemes, namely DRIVE and QUIC-FL"). A coined name right after "the
baseline model" (or "the state-of-the-art model", "the competing model", ...) is a model
("LACLRec outperforms the baseline model CL4SRec, and ..."). A participle of making
("created", "generated", "constructed", "curated", ...) ends a description's noun phrase
("CtrlAni3D, a novel large-scale synthetic dataset created through a new ... pipeline" is
a data set); "testbed" is a data set's head noun ("release DrugRec, a new large-scale
testbed"); a title "X: Benchmarking ..." introduces X as a benchmark. "Our" and a name
shaped like a data set's introduce it ("experiments on MVSEC, DESC, and our EVA-FlowSet").
Before "model" or "architecture", capitals with a digit inside after "the" ("Building on
the DM2F model") and a name hyphenated to a network's word ("the Fre-GAN architecture")
are models' names. A parameter count in billions may be written with a lower-case "b"
("Hammer2.1-7b showing strong performance"). A plural model head noun and a colon open a
list of models ("three different baseline models: LGESQL, SmBoP, and SLSQL"), coined
names only; a bracket does not ("pre-trained language models (PLMs)" spells a class).
Names invented for the tests, except the catalog's Llama 2, MPT and Humanoid."""

from __future__ import annotations

from citegraph.graph.records import Role
from citegraph.linker import Linker
from tests.linking import ids_by_surface, paper


def test_a_measure_then_on_names_the_data_it_was_taken_on(linker: Linker) -> None:
    for measure in ("EER", "mAP", "WER", "F1", "BLEU", "top-1 accuracy"):
        text = f"Our changes give 7.85% {measure} on ZorbCeleb-O, better than the others."
        assert ids_by_surface(linker, text) == {"ZorbCeleb-O": "dataset:zorbceleb-o"}, measure
    # a measure's name with no name after it names nothing
    assert ids_by_surface(linker, "It lowers the EER on average by 2%.") == {}


def test_what_our_model_is_shown_on_is_data(linker: Linker) -> None:
    text = (
        "Extensive experimental results demonstrate the superiority of our model on "
        "ZorbGait, QU-MVLP, and QASIA-B."
    )
    assert ids_by_surface(linker, text) == {
        "ZorbGait": "dataset:zorbgait",
        "QU-MVLP": "dataset:qu-mvlp",
        "QASIA-B": "dataset:qasia-b",
    }
    # a catalog model in the list says the list is of models: the coined names stay
    # untyped by this cue
    text = "We test our method on Llama 2 and ZorbLM-7B to show its reach."
    linked = ids_by_surface(linker, text)
    assert linked.get("ZorbLM-7B", "").startswith("dataset:") is False


def test_a_possessive_before_a_capitalised_word_is_inside_a_longer_name(
    linker: Linker,
) -> None:
    for mark in ("\u2019", "'"):
        text = (
            f"We tested our method on Zorbezuma{mark}s Revenge and Private Quux, two hard "
            "games."
        )
        assert "Zorbezuma" not in ids_by_surface(linker, text)
        text = f"The evaluation of our model on Zorbkart{mark}s Voice Search shows gains."
        assert ids_by_surface(linker, text) == {}
    # a possessive before a lower-case word leaves the name whole
    text = "Results on ZorbSet-2K's test split improve by 3 points."
    assert ids_by_surface(linker, text) == {"ZorbSet-2K": "dataset:zorbset-2k"}


def test_a_long_form_other_than_the_entrys_is_another_model(linker: Linker) -> None:
    text = "We build on a Multiscale Patch Transformer to forecast the load."
    assert ids_by_surface(linker, text) == {}
    text = "We build on the MosaicML Pretrained Transformer to forecast the load."
    assert ids_by_surface(linker, text) == {"MosaicML Pretrained Transformer": "model:mpt"}


def test_a_capitalised_first_word_the_abstract_writes_in_lower_case_is_the_word(
    linker: Linker,
) -> None:
    title = "ZorbBot: Physics-Based Humanoid Whole-Body Control"
    abstract = (
        "Humanoid robots are promising. We present a physics-based humanoid control "
        "framework that runs on a real humanoid robot."
    )
    assert ids_by_surface(linker, abstract, title=title) == {}
    # capitalised inside a sentence, it is the environment
    abstract = "Humanoid robots are promising. We report returns on Humanoid and humanoid robots."
    assert ids_by_surface(linker, abstract, title=title) == {"Humanoid": "dataset:humanoid"}


def test_a_data_head_then_its_purpose_then_a_naming_word_names_a_data_set(
    linker: Linker,
) -> None:
    for name in ("ZORB-BCFSAR", "OPT-BCFSAR-PFSAR"):
        text = f"To restore images, we use a dataset for cloud restoration called {name}."
        assert ids_by_surface(linker, text) == {name: f"dataset:{name.lower()}"}


def test_an_acronym_spelled_out_as_a_method_is_no_model(linker: Linker) -> None:
    text = (
        "We propose a novel Zorb-Quantized Estimator (ZQE) to estimate the gradient. We "
        "also propose QuuxNet trained by ZQE, a quantized neural network. Our ZQE is "
        "well defined."
    )
    assert "ZQE" not in ids_by_surface(linker, text)
    text = "We present Zorbing Motion Optimization (ZMO), a method for whole-body control."
    assert ids_by_surface(linker, text) == {}
    # a network's noun keeps it a model
    text = "We propose a novel Zorb-Quantized Network (ZQN) for speech. Our ZQN is fast."
    assert ids_by_surface(linker, text) == {"ZQN": "model:zqn"}


def test_small_words_of_a_lower_case_long_form_give_no_letter(linker: Linker) -> None:
    from citegraph.linker.names import lowercase_acronyms

    text = "We present a graph neural network estimator for estimated time of zorbing (ETZ)."
    assert "ETZ" in lowercase_acronyms(text)
    assert ids_by_surface(linker, text) == {}
    text = "We use the public dataset for plain language zorbing of quux abstracts (PLZQA)."
    assert "PLZQA" not in lowercase_acronyms(text)
    # a long form that ends in a small word is none
    assert "TZ" not in lowercase_acronyms("the time zone of (TZ) values")


def test_a_title_description_with_a_comma_between_modifiers(linker: Linker) -> None:
    title = "ZorbCodec: A Low-Frame-Rate, Semantically-Enhanced Neural Audio Codec for Speech"
    assert ids_by_surface(linker, "Codecs matter. We show it works.", title=title) == {
        "ZorbCodec": "model:zorbcodec"
    }
    # a comma that ends the description leaves the rest out
    title = "ZorbTool: A Study, Lessons and Neural Audio Codec Outlook"
    assert ids_by_surface(linker, "Codecs matter. We show it works.", title=title) == {}


def test_a_network_shaped_title_name_of_a_network_approach_is_a_model(linker: Linker) -> None:
    title = "QuuxNet: a convolutional neural network approach for predicting zorbs"
    assert ids_by_surface(linker, "Zorbs matter. We show it works.", title=title) == {
        "QuuxNet": "model:quuxnet"
    }
    # a name of no network's shape stays the method's
    title = "Quuxify: a convolutional neural network approach for predicting zorbs"
    assert ids_by_surface(linker, "Zorbs matter. We show it works.", title=title) == {}


def test_a_head_noun_after_the_bracketed_acronym_types_it(linker: Linker) -> None:
    text = "We propose the joint zorb translation and recognition (JZTAR) model that works."
    assert ids_by_surface(linker, text) == {"JZTAR": "model:jztar"}
    text = "We introduce the large zorb evaluation (LZE) benchmark for zorbs."
    assert ids_by_surface(linker, text) == {"LZE": "dataset:lze"}
    # two letters: the task's model, no name
    text = "This article develops a news zorbing (NZ) model based on an encoder."
    assert ids_by_surface(linker, text) == {}


def test_a_u_net_heads_a_description(linker: Linker) -> None:
    text = "We propose ZUPIN, a Lagrangian Double U-Net for nowcasting."
    assert ids_by_surface(linker, text) == {"ZUPIN": "model:zupin"}


def test_our_title_case_long_form_and_its_acronym_introduce_the_acronym(
    linker: Linker,
) -> None:
    for lead in ("our", "the proposed", "the presented"):
        text = f"On real data, {lead} Neural Zorb Spike Detector (NZSD) showed a PPV of 72%."
        mentions = linker.link(paper(text)).mentions
        assert [(m.surface, m.entity_id, m.role) for m in mentions] == [
            ("NZSD", "model:nzsd", Role.INTRODUCES)
        ], lead
    # a framework is the paper's method; an acronym of another start is another name
    text = "On real data, the proposed Neural Zorb Framework (NZF) showed a PPV of 72%."
    assert ids_by_surface(linker, text) == {}
    text = "On real data, the proposed Neural Zorb Network (QZN) showed a PPV of 72%."
    assert ids_by_surface(linker, text) == {}


def test_a_name_ending_in_a_network_acronym_is_network_shaped(linker: Linker) -> None:
    for name in ("Gated-ZGCN", "ZorbGCN", "QuuxRNN"):
        text = f"Meanwhile, we propose {name} to accumulate evidence on the graph."
        assert ids_by_surface(linker, text) == {name: f"model:{name.lower()}"}, name


def test_structured_after_a_name_is_a_modifier(linker: Linker) -> None:
    text = "Experimental results on our LLaMA-structured models of various sizes indicate gains."
    assert ids_by_surface(linker, text) == {"LLaMA": "model:llama"}


def test_a_network_acronym_before_a_part_noun_is_generic(linker: Linker) -> None:
    from citegraph.linker.names import lowercase_acronyms

    text = "We introduce a quantized zorb neural network (QZNN) accelerator architecture."
    assert "QZNN" in lowercase_acronyms(text)
    assert ids_by_surface(linker, text) == {}
    # the network itself keeps its name
    text = "We introduce a quantized zorb neural network (QZNN) for speech."
    assert "QZNN" not in lowercase_acronyms(text)


def test_a_language_before_a_model_name_makes_another_model(linker: Linker) -> None:
    title = "Zorbic Stable LM: Adapting a Model to Zorbic"
    text = "This paper introduces Arabic Stable LM 1.6B in a base and a chat version."
    assert ids_by_surface(linker, text, title=title) == {}
    text = "We transfer the English RoBERTa model to new languages."
    assert ids_by_surface(linker, text) == {"RoBERTa": "model:roberta"}


def test_networks_a_framework_is_evaluated_over_are_not_built_on(linker: Linker) -> None:
    title = "Adaptive DNN Partitioning and Offloading in Heterogeneous Edge-Cloud Continuum"
    text = (
        "Existing approaches to DNN partitioning and offloading across the edge-cloud "
        "continuum typically rely on static methods. To address this gap, we propose a "
        "framework that dynamically splits neural network layers across the heterogeneous "
        "continuum. The framework profiles the model at startup and periodically "
        "re-evaluates the partition. We evaluated the framework over three widely adopted "
        "convolutional neural networks: VGG16, AlexNet, and MobileNetV2. Our results show "
        "that the framework achieves reductions in energy and end-to-end latency."
    )
    roles = {m.surface: m.role for m in linker.link(paper(text, title)).mentions}
    assert set(roles) == {"VGG16", "AlexNet", "MobileNetV2"}
    assert Role.BUILDS_ON not in roles.values()


def test_plain_words_listed_before_a_singular_head_are_one_name(linker: Linker) -> None:
    text = "Our model offers improved performance on the Zorb, Quux, and Parse dataset."
    assert ids_by_surface(linker, text) == {}
    # coined names, or a plural head, are a list
    text = "Our model offers improved performance on the ZorbSet, QuuxSet, and Parse datasets."
    assert set(ids_by_surface(linker, text)) >= {"ZorbSet", "QuuxSet"}


def test_what_a_method_head_lists_is_no_data_set(linker: Linker) -> None:
    text = "We plug these bounds into modern compression schemes, namely DRIVE and ZORB-FL."
    assert ids_by_surface(linker, text) == {}
    # after a data set's head noun the catalog's DRIVE stays
    text = "We test on retinal datasets, namely DRIVE and ZORB-FL."
    assert ids_by_surface(linker, text).get("DRIVE") == "dataset:drive"


def test_a_coined_name_after_the_baseline_model_is_a_model(linker: Linker) -> None:
    text = "ZorbRec significantly outperforms the baseline model QX4SRec, and many others."
    assert ids_by_surface(linker, text).get("QX4SRec") == "model:qx4srec"
    # a plain word there is none
    text = "ZorbRec significantly outperforms the baseline model Transformer, and others."
    assert "Transformer" not in ids_by_surface(linker, text)


def test_a_participle_of_making_ends_the_description(linker: Linker) -> None:
    text = (
        "We introduce ZorbAni3D, a novel large-scale synthetic dataset created through a "
        "new diffusion-based conditional image generation pipeline."
    )
    assert ids_by_surface(linker, text) == {"ZorbAni3D": "dataset:zorbani3d"}


def test_a_testbed_and_a_benchmarking_title_introduce_data_sets(linker: Linker) -> None:
    text = "We release ZorbRec, a new large-scale testbed for drug recommendation."
    assert ids_by_surface(linker, text) == {"ZorbRec": "dataset:zorbrec"}
    title = "QUUXGET: Benchmarking Table Retrieval for Generative Tasks"
    assert ids_by_surface(linker, "Tables matter. We show it.", title=title) == {
        "QUUXGET": "dataset:quuxget"
    }


def test_our_data_set_shaped_name_is_introduced(linker: Linker) -> None:
    text = "Experiments on ZorbSEC and our ZVA-FlowSet demonstrate competitive performance."
    mentions = {m.surface: (m.entity_id, m.role) for m in linker.link(paper(text)).mentions}
    assert mentions["ZVA-FlowSet"] == ("dataset:zva-flowset", Role.INTRODUCES)


def test_more_shapes_of_a_name_before_model(linker: Linker) -> None:
    text = "Building on the QM2F model, it identifies issues in its ablation experiments."
    assert ids_by_surface(linker, text) == {"QM2F": "model:qm2f"}
    text = "We develop a vocoder based on a source-filter block and the Zre-GAN architecture."
    assert ids_by_surface(linker, text) == {"Zre-GAN": "model:zre-gan"}
    # a class's word first, or no "the" before digits in capitals, is none
    text = "Results of the CNN-GAN model and of an E2E model improve."
    assert ids_by_surface(linker, text) == {}


def test_a_size_in_billions_with_a_lower_case_b(linker: Linker) -> None:
    text = "Rankings varied, with Zammer2.1-7b showing strong performance on detection."
    assert ids_by_surface(linker, text) == {"Zammer2.1-7b": "model:zammer2.1-7b"}


def test_models_and_a_colon_open_a_list_of_models(linker: Linker) -> None:
    text = "We evaluated it using three different baseline models: ZGESQL, SmBoQ, and SLZQL."
    assert ids_by_surface(linker, text) == {
        "ZGESQL": "model:zgesql", "SmBoQ": "model:smboq", "SLZQL": "model:slzql"
    }
    text = "Pre-trained language models (PZMs) have become popular in many tasks."
    assert ids_by_surface(linker, text) == {}
