"""tradewire: trade-relations events between states, extracted and consolidated live from news wires."""

__version__ = "0.1.0"
