"""The Organisations over time view: each organisation's meetings, its radar against the median, what
changed since its previous meeting, and which meeting each of its numbers was given in."""
