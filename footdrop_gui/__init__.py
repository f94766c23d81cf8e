"""Foot Drop Exercises: a calm desktop coach for foot-drop home exercises."""

__version__ = "0.1.0"
APP_NAME = "Foot Drop Exercises"
