"""Qt widgets: views that show state and emit signals, and the windows that wire them."""
