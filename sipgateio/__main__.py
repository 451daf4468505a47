"""``python -m sipgateio``: the ``sipgateio`` command."""

import sys

from sipgateio.cli import main

sys.exit(main())
