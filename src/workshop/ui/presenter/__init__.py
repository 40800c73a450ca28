"""The presenter window for the projector, its screen choice and its controller."""
