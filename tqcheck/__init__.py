"""tqcheck: lint machine-translated text for the defects MT makes and spell-checkers miss."""

from tqcheck.api import check_file, check_text
from tqcheck.config import Config, load_config
from tqcheck.engine import Checker
from tqcheck.issue import Issue, Severity
from tqcheck.scoring import ScoreReport, score

__version__ = "0.1.0"

__all__ = [
    "Checker",
    "Config",
    "Issue",
    "ScoreReport",
    "Severity",
    "__version__",
    "check_file",
    "check_text",
    "load_config",
    "score",
]
