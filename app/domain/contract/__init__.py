"""The wire contracts of the systems Workbay speaks: paths, methods, websocket actions.

Pure data, shared by the typed clients (``app.api``, ``app.integrations``) and the sandbox, so a path
confirmed or corrected later is one line, and the client and the sandbox can never drift apart.
"""
