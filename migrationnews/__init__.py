"""migrationnews: typed, checkable records from news articles about migration.

>>> import migrationnews
>>> article = migrationnews.parse("Nothing happened.", published=None)
>>> type(article).__name__
'Article'
"""

from migrationnews.errors import (
    ArgumentTypeError,
    MigrationNewsError,
    RecordError,
    SerializationError,
    SourceError,
)
from migrationnews.pipeline import ExtractionWarning, parse
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
    SizeEstimate,
    Statistic,
    Unit,
)
from migrationnews.serialize import from_dict, from_json, to_dict, to_json
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

__version__ = "0.1.0"

__all__ = [
    "ArgumentTypeError",
    "Article",
    "Attribution",
    "Caravan",
    "CaravanStatus",
    "Estimate",
    "ExtractionWarning",
    "Granularity",
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
    "Qualifier",
    "RecordError",
    "SerializationError",
    "SizeEstimate",
    "SourceError",
    "Span",
    "Statistic",
    "Unit",
    "from_dict",
    "from_json",
    "parse",
    "to_dict",
    "to_json",
]
