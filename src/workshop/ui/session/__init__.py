"""What every feature shares: the open engagement (session), its undo commands, the channel to the projector."""
