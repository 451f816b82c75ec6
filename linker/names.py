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

NEVER_NAMES = frozenset(
    """
    We Our The This These That Those It Its In On For From With To By As At An A And Or But
    However Moreover Furthermore Additionally Finally First Second Third Then Thus Here
    Experiments Results Extensive Experimental Code Data Dataset Datasets Benchmark Models
    Model Figure Table Section Appendix

    AI ML DL NLP NLU NLG CV RL LLM LLMs LM LMs PLM PLMs VLM VLMs MLLM MLLMs LVLM LVLMs LMM
    LMMs SLM SLMs GPU GPUs CPU CPUs TPU TPUs API APIs SOTA SoTA QA VQA VideoQA TextVQA
    Text-VQA ASR TTS SER OCR NER RE MT NMT SMT MRC ODQA VOS MOT SLAM CTR IR KG KGs KGC HIN
    HINs MARL MADRL DRL IL IRL MDP POMDP UQ XAI NAS HPO AutoML FL TSF SSL MIM MLM NSP
    RAG CoT SFT RLHF RLAIF DPO PPO SAC DQN TD3 DDPG TRPO A2C A3C GRPO ICL PEFT LoRA QLoRA KD
    GNN GNNs GCNs CNN CNNs ConvNet ConvNets FCN FCNs RNN RNNs LSTM LSTMs BiLSTM BiLSTMs GRU
    GRUs MLP MLPs GAN GANs VAE VAEs AE AEs DNN DNNs DBN ANN ANNs SNN SNNs NN NNs MoE MoEs
    ViTs Transformer Transformers Attention ResNets KAN KANs SSM SSMs
    CRF CRFs HMM HMMs SVM SVMs KNN kNN PCA LDA SGD Adam AdamW ReLU GELU BM25 TF-IDF
    XGBoost LightGBM CatBoost
    BLEU ROUGE ROUGE-L ROUGE-1 ROUGE-2 METEOR CIDEr SPICE F1 F1-score EM MAE MSE RMSE MAPE AUC
    AUROC AUPRC ROC mAP AP IoU mIoU FID IS KID PSNR SSIM LPIPS WER CER MOS EER Top-1 Top-5
    Pass@1 Accuracy Precision Recall BERTScore NDCG HR MRR GMV
    English Chinese French German Spanish Japanese Korean Arabic Hindi Russian Portuguese
    Italian Dutch Turkish Vietnamese Indonesian Thai Persian Urdu Bengali Swahili
    Google OpenAI Meta Microsoft Amazon Apple Facebook DeepMind Anthropic NVIDIA Baidu Alibaba
    Tencent Huawei IBM Intel Hugging Face HuggingFace GitHub Twitter Reddit Wikipedia YouTube
    Python PyTorch TensorFlow JAX Java C++ SQL Linux Android
    CT MRI PET ECG EEG fMRI CXR EHR EHRs DNA RNA
    """.split()  # noqa: SIM905 - a word list reads best as text
)
_FOLDED = frozenset(word.casefold() for word in NEVER_NAMES)


def is_never_name(word: str) -> bool:
    """Whether `word` (or its plural's singular, "CNNs" -> "CNN") is a generic word."""
    folded = word.casefold()
    return folded in _FOLDED or (folded.endswith("s") and folded[:-1] in _FOLDED)
