"""``python -m app`` is the ``workbay`` command."""

import sys

from app.cli import main

sys.exit(main())
