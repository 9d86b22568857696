"""The sandbox's sample data as plain Python tables; :mod:`app.sandbox.catalogue` assembles them."""
