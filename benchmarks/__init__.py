"""The performance harness: each module prints its table (``python -m benchmarks.<name>``)."""
