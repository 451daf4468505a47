"""The sandbox's handlers for every area beyond the facade's, one module per area.

Importing this package imports each of its modules, which registers their handlers
(``@operation``, by ``operationId``) next to those of ``sandbox/_api.py``. Each module keeps
its area's state on the account (``_store.area_state``), seeded the first time the area is
used.
"""

import importlib
import pkgutil

for _module in pkgutil.iter_modules(__path__):
    if not _module.name.startswith("_"):
        importlib.import_module(f"{__name__}.{_module.name}")
