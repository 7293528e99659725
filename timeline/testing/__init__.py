"""Test support for users of timeline: hypothesis strategies (needs the ``testing`` extra)."""
