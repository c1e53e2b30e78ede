"""Arabic place names of Syria, Iraq and their neighbours to coordinates, offline."""
