"""Workbay's local storage: what one installation keeps between runs.

- :mod:`app.store.paths`: the user's configuration, data, log and cache directories.
- :mod:`app.store.settings`: the settings (defaults, TOML file, ``WORKBAY_*`` environment, command line).
- :mod:`app.store.database`: the SQLite file, durable and self-repairing.
- :mod:`app.store.drafts`: the wizard's draft, never with a secret in it.
- :mod:`app.store.connectors`: the remembered connectors (nothing secret).
- :mod:`app.store.secrets`: connector pincodes, only in a secure OS keyring.
- :mod:`app.store.logs`: the rotating, redacted log file.

Nothing is re-exported here, so that importing one module does not pay for the others' imports.
"""
