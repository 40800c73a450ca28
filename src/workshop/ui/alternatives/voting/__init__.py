"""Criteria voting: the vote grid, agreed scores, weights and the voting charts."""
