"""``python -m migrationnews``: the same as the ``migrationnews`` command."""

import sys

from migrationnews.cli import main

sys.exit(main())
