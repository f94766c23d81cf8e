"""Test doubles shared by the tests, the reliability probes and the screenshot script."""
