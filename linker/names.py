"""Words that are never the name of a model or a dataset, in one place.

The patterns that find names the catalog lacks (introductions, unseen names) see
capitalised, name-shaped words everywhere: acronyms of generic classes ("CNNs", "GNN"),
tasks and fields ("NMT", "VideoQA", "CTR"), methods and losses ("RLHF", "BM25", "ReLU"),
metrics, languages, organisations and tools. docs/annotation-guideline.md (section 1) says
none of these is a model or a dataset; this list is how the linker knows it. A wrong link
costs more than a missing one, so a word belongs here as soon as papers use it generically,
even when some paper somewhere also names a model so.
"""

from __future__ import annotations

import re

from . import regex_cache

# Natural languages (and the scripts data is split by: "the MLT-19 Devanagari set"),
# written as a paper writes them: never a name alone ("results on Hindi,
# Malayalam and Tamil"); before a dataset's name or head they say which part of the data is
# meant ("the CoNLL 2012 English test set", "the English corpus"). The one list the
# linker's rules ask (policy, unseen): each had its own, and they had drifted apart.
LANGUAGES = frozenset(
    """
    English Chinese Mandarin Cantonese French German Spanish Japanese Korean Arabic Hindi
    Russian Portuguese Italian Dutch Turkish Vietnamese Indonesian Thai Persian Urdu Bengali
    Swahili Czech Polish Ukrainian Greek Hebrew Swedish Finnish Norwegian Danish Hungarian
    Romanian Bulgarian Serbian Croatian Slovak Slovenian Estonian Latvian Lithuanian Malay
    Tagalog Filipino Tamil Telugu Kannada Malayalam Marathi Gujarati Punjabi Nepali Sinhala
    Amharic Yoruba Igbo Hausa Zulu Xhosa Somali Catalan Basque Galician Welsh Icelandic Tibetan
    Uyghur Kazakh Uzbek Mongolian Burmese Khmer Pashto Kurdish Armenian Georgian Azerbaijani
    Albanian Macedonian Maltese Latin Sanskrit Bangla
    Devanagari Cyrillic
    """.split()  # noqa: SIM905 - a word list reads best as text
)

NEVER_NAMES = frozenset(
    """
    We Our The This These That Those It Its In On For From With To By As At An A And Or But
    However Moreover Furthermore Additionally Finally First Second Third Then Thus Here
    Experiments Results Extensive Experimental Code Data Dataset Datasets Benchmark Models
    Model Figure Table Section Appendix News Citation

    AI GenAI ML DL NLP NLU NLG CV RL LLM LLMs LM LMs PLM PLMs VLM VLMs MLLM MLLMs LVLM LVLMs LMM
    LMMs SLM SLMs GPU GPUs CPU CPUs TPU TPUs API APIs SOTA SoTA QA VQA VideoQA TextVQA
    Text-VQA ASR TTS SER OCR NER RE MT NMT SMT MRC ODQA VOS MOT SLAM CTR IR KG KGs KGC HIN
    HINs MARL MADRL DRL IL IRL MDP POMDP UQ XAI NAS HPO AutoML FL TSF SSL MIM MLM NSP ID OOD IID
    RAG CoT SFT RLHF RLAIF DPO PPO SAC DAgger DQN TD3 DDPG TRPO A2C A3C GRPO ICL PEFT LoRA QLoRA KD
    GNN GNNs GCNs CNN CNNs ConvNet ConvNets FCN FCNs RNN RNNs LSTM LSTMs BiLSTM BiLSTMs GRU
    GRUs MLP MLPs GAN GANs VAE VAEs CVAE CVAEs AE AEs DNN DNNs DBN ANN ANNs SNN SNNs NN NNs
    GRNN GRNNs BPNN BPNNs FFNN FFNNs MoE MoEs Seq2Seq Seq2seq
    ViTs Transformer Transformers Attention ResNets KAN KANs SSM SSMs
    CRF CRFs HMM HMMs SVM SVMs SVR KNN kNN PCA LDA SGD Adam AdamW ReLU GELU BM25 TF-IDF
    LR RF GBDT
    XGBoost XGB LightGBM LGBM CatBoost ARIMA SARIMA ARMA GARCH
    BLEU ROUGE ROUGE-L ROUGE-1 ROUGE-2 METEOR CIDEr SPICE F1 F1-score EM MAE MSE RMSE MAPE AUC
    AUROC AUPRC AUPR AUC-PR AUC-ROC PR-AUC ROC-AUC ROC mAP AP IoU mIoU FID IS KID PSNR SSIM
    LPIPS WER CER MOS EER Top-1 Top-5
    Pass@1 Accuracy Precision Recall BERTScore NDCG HR MRR GMV
    Google OpenAI Meta Microsoft Amazon Apple Facebook DeepMind Anthropic NVIDIA Baidu Alibaba
    Tencent Huawei IBM Intel NIH IEEE Hugging Face HuggingFace GitHub Twitter Reddit Wikipedia
    YouTube
    Python PyTorch TensorFlow JAX Java C++ SQL Linux Android
    CT MRI PET ECG EEG fMRI CXR EHR EHRs DNA RNA
    MFCC MFCCs MIDI LiDAR LIDAR RGB RGB-D IMU GPS CSV JSON PDF HTML SMILES
    """.split()  # noqa: SIM905 - a word list reads best as text
) | LANGUAGES
_FOLDED = frozenset(word.casefold() for word in NEVER_NAMES)

# How a name starts: a capital, or one or two lower-case letters before one ("eCeLLM",
# "xLSTM", "nnU-Net"), or a dimension before one ("3D-GMNet", "4D-NET", "3DETR"; not "3D
# shapes", nor a class of networks in so many dimensions, "1DCNN", "3D-CNNs").
# A regular-expression fragment, for the patterns that find names.
NAME_START = r"(?:[A-Z]|[a-z]{1,2}[A-Z]|[1-9]D-?(?!(?:[CRGD]NN|GCN|LSTM|GRU|MLP)s?\b)[A-Z])"

# Words that, after a hyphen, make a modifier of the name before them, not a longer name:
# "ImageNet-pretrained", "COCO-style", "Radar-Based", "Data-Driven" (title case capitalises
# them). The unseen-dataset rule and the coined-name test both ask here.
_MODIFIER_WORDS = frozenset(
    """based pretrained trained scale level style like type sized size free guided derived
    specific only aware driven inspired supervised labeled labelled annotated powered
    initialized initialised finetuned tuned centric oriented wide format quality compatible
    sourced enhanced augmented assisted agnostic efficient friendly structured""".split()  # noqa: SIM905
)


def is_modifier_word(word: str) -> bool:
    """Whether `word`, written after a hyphen, makes the hyphenated whole a modifier."""
    return word.casefold() in _MODIFIER_WORDS


# A modifier glued to the capitals or digits before it, where a page lost the hyphen:
# "an LSTMbased encoder-decoder", "a CNNbased model" (longest words first).
_GLUED_MODIFIER = regex_cache.compile(
    r"(?<=[A-Z0-9])(?:"
    + "|".join(sorted(_MODIFIER_WORDS, key=lambda word: (-len(word), word)))
    + r")$"
)


def has_glued_modifier(name: str) -> bool:
    """Whether `name` is a name and a modifier word run together ("LSTMbased"): a modifier,
    not another name."""
    return _GLUED_MODIFIER.search(name) is not None


def is_never_name(word: str) -> bool:
    """Whether `word` (or its plural's singular, "CNNs" -> "CNN", or each of the words a
    slash pairs) is a generic word."""
    folded = word.casefold()
    if "/" in folded:
        # "DNA/RNA", "CT/MRI": generic words paired by a slash are no name either
        return all(part and is_never_name(part) for part in folded.split("/"))
    return (
        folded in _FOLDED
        # (a plural's "s" is lower case: "LRS", the Lip Reading Sentences set, is no "LR"s)
        or (word.endswith("s") and folded[:-1] in _FOLDED)
        or folded.endswith(_OF_THOUGHT)
        or _MODIFIED_CLASS.fullmatch(folded) is not None
    )


# A generic class with a direction, an input unit or a dimension glued or hyphenated before
# it: "BiGRU", "Bi-LSTM", "BLSTM", "char-CNN", "1D-CNN", "3DCNN": the guideline's classes
# still (the read gold sets label such a word a model once in 91 uses); so are a deep and a
# fully connected one, "DCNN", "FCNN" (34 uses, never labelled). Not "CharRNN", the name of
# Karpathy's character-level model, nor "CRNN", a text recogniser's name too.
_MODIFIED_CLASS = regex_cache.compile(
    r"(?:bi-?|b(?=lstm|gru|rnn)|[123]d-?|stacked-?|[df](?=cnn))(?:lstm|gru|rnn|cnn|mlp|gnn)s?"
    r"|char-cnns?"
)


# "Graph-of-Thought", "Tree-of-Thoughts", "Skeleton-of-Thought": prompting techniques named
# after chain-of-thought, which the guideline lists among methods.
_OF_THOUGHT = ("-of-thought", "-of-thoughts")


# An acronym in brackets after the phrase it abbreviates: "temporal action localization (TAL)".
_BRACKETED_ACRONYM = regex_cache.compile(r"\(([A-Z][A-Za-z0-9\-]*[A-Z][A-Za-z0-9]*?)(s?)\)")
# A word of a phrase, a hyphenated word's parts counted apart ("Auto-Encoder": Auto,
# Encoder): what the initials of a long form are read from (here, the introductions and
# the linker's check of a catalog acronym spelled out).
PLAIN_WORD = regex_cache.compile(r"[A-Za-z][A-Za-z0-9]*")
# A year as papers write an edition's or a challenge's ("KITTI 2015", "the 2016 ... Challenge").
YEAR = regex_cache.compile(r"(?:19|20)\d\d")


# The last word of a task's name ("Segmentation", "Forecasting", "Repair") or of a measure's
# ("Word Embedding Association Tests", "Alignment Robustness Index", "Mean Absolute Error",
# "Word Error Rate") or an operation's ("Wavelet Transform"): not a model's or a dataset's.
_TASK_WORD = regex_cache.compile(
    r"(?:tion|sion|ing|ment|sis|Repair|Tracking|Tests?|Index|Errors?|Rates?|Scores?|Ratios?"
    r"|Loss|Distance|Divergence|Coefficients?|Transform|Control)$"
)


def is_task_noun(word: str) -> bool:
    """Whether a capitalised word is a task's or a measure's noun ("Segmentation",
    "Retrieval", "Error"): the last word of such a name (_TASK_WORD)."""
    return word == "Retrieval" or bool(_TASK_WORD.search(word))


def names_a_task(words: list[str]) -> bool:
    """Whether two capitalised words read as a task's or a measure's name ("Video
    Retrieval", "Emotion Analysis", "Deep Planning"): the last is a task's noun."""
    return len(words) == 2 and is_task_noun(words[-1])


_INTRODUCING = regex_cache.compile(
    r"\b(?:introduc|propos|present|develop|design|call|nam|dub|term)\w*\s+(?:\w+,?\s+){0,3}"
    r"[A-Z][^.;()]*$"
)


def lowercase_acronyms(text: str) -> frozenset[str]:
    """Acronyms the text defines from a lower-case phrase: in "whole slide images (WSIs)" or
    "temporal action localization (TAL)", WSI and TAL name a kind of thing or a task in this
    paper, so they are never a model's or a dataset's name here, whatever else a list or a
    catalog says. The phrase's words (hyphenated parts counted apart) must spell the
    acronym's capitals by their initials, all in lower case, or all in Title Case ending
    in a task's noun when the sentence does not introduce it ("Referring Image
    Segmentation (RIS)"); a phrase or acronym with a model or dataset head noun
    ("progressive rectification network (PRN)", "(LaMP) benchmark") names one."""
    found = set()
    for match in _BRACKETED_ACRONYM.finditer(text):
        acronym = match.group(1)
        # A "2" spells "to" ("end-to-end (E2E)", "speech-to-text (S2T)").
        letters = [ch.lower() if ch != "2" else "t" for ch in acronym if ch.isupper() or ch == "2"]
        window = max(0, match.start() - 80)
        words = list(PLAIN_WORD.finditer(text, window, match.start()))
        if len(words) < len(letters):
            continue
        phrase = [word.group() for word in words[-len(letters) :]]
        first_index = len(words) - len(letters)
        first_start = words[first_index].start()
        by_initials = True  # every word of the phrase gives the acronym a letter
        every_letter = [ch.lower() for ch in acronym if ch.isalpha()]
        if [w[0].lower() for w in phrase] == letters:
            pass
        elif (
            every_letter != letters
            and len(words) >= len(every_letter)
            and [w.group()[0].lower() for w in words[-len(every_letter) :]] == every_letter
        ):
            # "Query-by-example spoken term detection (QbE-STD)": the acronym's lower-case
            # letter is a small word's initial ("by")
            first_index = len(words) - len(every_letter)
            phrase = [word.group() for word in words[first_index:]]
            first_start = words[first_index].start()
        elif (skipping := _spelled_skipping_small_words(words, letters)) is not None:
            # "estimated time of arrival (ETA)": a small word gives the acronym no letter.
            first_index = skipping
            phrase = [
                word.group() for word in words[first_index:] if word.group() not in _SMALL_WORDS
            ]
            first_start = words[first_index].start()
        else:
            spelled = _spelled_by_prefixes(text, acronym, words)
            if spelled is None and len(words) > len(letters):
                # "Multi-Target Multi-Camera Tracking (MTMC)": the initials spell the words
                # before the task's noun, which the acronym leaves out.
                before_task = words[-len(letters) - 1 : -1]
                if [w.group()[0].lower() for w in before_task] == letters and _TASK_WORD.search(
                    words[-1].group()
                ):
                    spelled = ([*(w.group() for w in before_task), words[-1].group()],
                               len(words) - len(letters) - 1)  # fmt: skip
            if spelled is None:
                continue
            phrase, first_index = spelled
            first_start = words[first_index].start()
            by_initials = False
        if (
            starts_sentence(text, first_start)
            and phrase[0][1:].islower()
            and all(word.islower() for word in phrase[1:])
        ):
            # "Composed image retrieval (CIR) aims to ...": the capital is the sentence's.
            phrase[0] = phrase[0].lower()
        after = PLAIN_WORD.match(text, match.end() + 1)
        # Title Case, but for a hyphenated compound's later part inside the phrase, in lower
        # case and no participle, when it gives the acronym its letter ("Multi-hop Question
        # Answering (MHQA)"; not "Text-based ...", "Language-Image Pre-training (CLIP)", nor
        # the "-level" a mixed-case acronym skips: "Document-level Zorb Extraction (DocZE)")
        title_cased = phrase[0][0].isupper() and all(
            (word[0].isupper() and word[1:].islower())
            or (
                by_initials
                and word.islower()
                and index < len(phrase) - 1
                and text[place.start() - 1] == "-"
                and not word.endswith(("ed", "ing"))
            )
            for index, (word, place) in enumerate(zip(phrase, words[first_index:], strict=False))
        )
        # "a Bengali Speech-to-Text (STT) corpus named Ben-10": the head noun after the
        # acronym is given its own name, so the acronym says what kind of data it is.
        named_otherwise = (
            after is not None
            and after.group() in _NAMED_HEADS
            and text.startswith(NAMING_AFTER_HEAD, after.end())
        )
        if not all(word.islower() for word in phrase) and not (
            title_cased
            and named_otherwise
        ) and not (
            title_cased
            and (
                (
                    (
                        _TASK_WORD.search(phrase[-1])
                        or (after is not None and after.group() in _METHOD_HEADS_AFTER)
                    )
                    and not _INTRODUCING.search(text, max(0, match.start() - 120), match.start())
                )
                # "we propose a novel Asymptotic-Quantized Estimator (AQE)": a method's or a
                # measure's noun ends the long form, introduced or not.
                or phrase[-1].lower() in _METHOD_LONG_FORM_ENDS
            )
        ):
            # A long form in Title Case names a task only when it ends in a task's noun
            # ("Referring Image Segmentation (RIS)", "Automated Program Repair (APR)") or a
            # method's noun follows its acronym ("the Dual Learning Algorithm (DLA)
            # method"), and the sentence does not introduce it ("We introduce the
            # Conditional Self-Attention Imputation (CSAI), a novel ... architecture").
            continue
        if (phrase[-1] in _NAMED_HEADS and not (
            all(word.islower() for word in phrase)
            and after is not None
            and after.group() in _PART_HEADS_AFTER
        )) or (after is not None and after.group() in _NAMED_HEADS and not named_otherwise):
            continue  # "a novel progressive rectification network (PRN)", "(LaMP) benchmark"
        if _head_for_before(words, first_index):
            continue  # "the dataset for plain language adaptation of biomedical abstracts (PLABA)"
        found.add(acronym)
        found.add(acronym + match.group(2))
    return frozenset(found)


# The words that give a head noun its name: "a dataset called EduProbe", "a corpus named Ben-10".
NAMING_WORDS = ("called ", "named ", "dubbed ", "termed ")
# The same right after a head noun, after a space or a comma.
NAMING_AFTER_HEAD = tuple(f"{gap}{word}" for gap in (" ", ", ") for word in NAMING_WORDS)


def _head_for_before(words: list[re.Match[str]], first_index: int) -> bool:
    """Whether a data set's head noun and "for" or "of" stand right before a long form's
    first word: "the dataset for plain language adaptation of biomedical abstracts (PLABA)"
    (a model's does not: "a model for word sense disambiguation (WSD)" names the task)."""
    return (
        first_index >= 2
        and words[first_index - 1].group() in ("for", "of")
        and words[first_index - 2].group() in ("dataset", "corpus", "benchmark")
    )


_SMALL_WORDS = frozenset({"of", "for", "and", "the", "in", "on", "to", "with", "a", "an"})


def _spelled_skipping_small_words(words: list[re.Match[str]], letters: list[str]) -> int | None:
    """The index of the first word of a long form whose words but the small ones between
    them spell `letters` by their initials ("estimated time of arrival (ETA)"), if one ends
    right before the bracket; None if none does, or if no small word was skipped."""
    index = len(words) - 1
    skipped = False
    for letter in reversed(letters):
        while (
            index >= 0
            and words[index].group() in _SMALL_WORDS
            and letter != words[index].group()[0]
        ):
            if index == len(words) - 1:
                return None  # the long form ends in a small word: no long form
            index -= 1
            skipped = True
        if index < 0 or words[index].group()[0].lower() != letter:
            return None
        index -= 1
    return index + 1 if skipped else None


def _spelled_by_prefixes(
    text: str, acronym: str, words: list[re.Match[str]]
) -> tuple[list[str], int] | None:
    """The long form (its words, the index of its first) of a mixed-case acronym whose
    pieces start its words ("Document-level relation extraction (DocRE)": "Doc", "R",
    "E"); a word hyphenated onto the one before may be skipped ("-level")."""
    pieces = re.findall(r"[A-Z][a-z]*", acronym)
    if len(pieces) < 2 or all(len(piece) == 1 for piece in pieces):
        return None
    index = len(words) - 1
    phrase: list[str] = []
    for piece in reversed(pieces):
        while index >= 0 and not words[index].group().lower().startswith(piece.lower()):
            if text[words[index].start() - 1 : words[index].start()] != "-" or not phrase:
                return None
            phrase.append(words[index].group())
            index -= 1
        if index < 0:
            return None
        phrase.append(words[index].group())
        index -= 1
    phrase.reverse()
    return phrase, index + 1


def starts_sentence(text: str, start: int) -> bool:
    """Whether the word at `start` is the first of its sentence (or of the text, or after
    the blank line between title and abstract)."""
    before = text[max(0, start - 3) : start]
    return start == 0 or before.endswith(("\n", ". ", "? ", "! "))


class GenericAcronyms:
    """`lowercase_acronyms(text)`, computed the first time a name could be one of them.

    Only a name written in brackets can be (its "(" sits right before it in the text), and
    most names a paper links never are: the linker asks about every candidate, and finding
    the bracketed acronyms of every text cost a tenth of linking it.
    """

    __slots__ = ("_found", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._found: frozenset[str] | None = None

    def __contains__(self, name: object) -> bool:
        if not isinstance(name, str) or f"({name}" not in self._text:
            return False
        if self._found is None:
            self._found = lowercase_acronyms(self._text)
        return name in self._found


# Nouns after an acronym that make it a method's: "the Zorb Learning Algorithm (ZLA) method".
_METHOD_HEADS_AFTER = frozenset(
    """method methods algorithm algorithms loss technique techniques strategy""".split()  # noqa: SIM905
)
# The last word of a Title Case long form that makes its acronym a method or a measure,
# never a model or a data set: "Asymptotic-Quantized Estimator (AQE)", "Adaptive Motion
# Optimization (AMO)", "Mean Absolute Error (MAE)". ("Algorithm" and "Method" are not
# among them: "We propose the Dual Learning Algorithm (DLA) method" keeps DLA a name.)
_METHOD_LONG_FORM_ENDS = frozenset(
    """estimator estimators optimization optimizer loss strategy mechanism regularization
    regularizer criterion procedure scheme technique error errors rate score metric
    distance divergence coefficient""".split()  # noqa: SIM905
)
# Nouns after a lower-case long form's acronym that make what it spells a part or a
# procedure, not a named network: "a quantized convolution neural network (QCNN)
# accelerator", "a denoising autoencoder neural network (DAE) algorithm".
_PART_HEADS_AFTER = frozenset("""algorithm accelerator module block layer""".split())  # noqa: SIM905
# Head nouns that make a lower-case phrase or its acronym a named model or dataset.
_NAMED_HEADS = frozenset(
    """network networks net nets model models architecture transformer transformers
    transducer transducers benchmark benchmarks dataset datasets corpus corpora
    challenge""".split()  # noqa: SIM905 - a word list reads best as text
)
