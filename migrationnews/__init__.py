"""migrationnews: typed, checkable records from news articles about migration.

>>> import migrationnews
>>> article = migrationnews.parse("Nothing happened.", published=None)
>>> type(article).__name__
'Article'
"""

# First: Ctrl-C while the package loads (the command's first half-second) ends in one line,
# not a traceback of imports (see _startup; the hook is put back once loaded, below).
from migrationnews import _startup
from migrationnews.batch import read_sources
from migrationnews.comparison import (
    ArticleComparison,
    Comparison,
    RecordPair,
    Relation,
    compare,
    compare_articles,
    merge_caravans,
)
from migrationnews.dates import resolve
from migrationnews.errors import (
    ArgumentTypeError,
    ExtractionWarning,
    MigrationNewsError,
    RecordError,
    RuleDataError,
    SerializationError,
    SourceError,
)
from migrationnews.ledger import Fact, FactKind, Ledger, Report, triangulate
from migrationnews.parallel import parse_many
from migrationnews.pipeline import parse
from migrationnews.records import (
    Article,
    Caravan,
    CaravanStatus,
    Measure,
    Meeting,
    MeetingKind,
    MeetingStatus,
    Official,
    PolicyAction,
    PolicyKind,
    PolicyStatus,
    Record,
    SizeEstimate,
    Statistic,
    Unit,
)
from migrationnews.serialize import from_dict, from_json, to_dict, to_json
from migrationnews.tables import rows, to_frame, write_parquet
from migrationnews.validation import Problem, ProblemCode, is_valid, validate
from migrationnews.values import (
    Attribution,
    Estimate,
    Granularity,
    Period,
    Place,
    PlaceKind,
    Qualifier,
    Span,
)
from migrationnews.view import to_html

__version__ = "0.1.0"

_startup.loaded()  # Ctrl-C is the caller's again

__all__ = [
    "ArgumentTypeError",
    "Article",
    "ArticleComparison",
    "Attribution",
    "Caravan",
    "CaravanStatus",
    "Comparison",
    "Estimate",
    "ExtractionWarning",
    "Fact",
    "FactKind",
    "Granularity",
    "Ledger",
    "Measure",
    "Meeting",
    "MeetingKind",
    "MeetingStatus",
    "MigrationNewsError",
    "Official",
    "Period",
    "Place",
    "PlaceKind",
    "PolicyAction",
    "PolicyKind",
    "PolicyStatus",
    "Problem",
    "ProblemCode",
    "Qualifier",
    "Record",
    "RecordError",
    "RecordPair",
    "Relation",
    "Report",
    "RuleDataError",
    "SerializationError",
    "SizeEstimate",
    "SourceError",
    "Span",
    "Statistic",
    "Unit",
    "compare",
    "compare_articles",
    "from_dict",
    "from_json",
    "is_valid",
    "merge_caravans",
    "parse",
    "parse_many",
    "read_sources",
    "resolve",
    "rows",
    "to_dict",
    "to_frame",
    "to_html",
    "to_json",
    "triangulate",
    "validate",
    "write_parquet",
]
