"""The Workbay sandbox: a local server that speaks the Customer API (REST and websocket) with sample data.

Entry points: :func:`app.sandbox.server.create_app` (the ASGI app), :func:`app.sandbox.runner.serve` (serve it
in the foreground) and :class:`app.sandbox.runner.SandboxThread` (serve it in a background thread, for tests
and the embedded default). The package imports only :mod:`app.domain` from the rest of the program.
"""
