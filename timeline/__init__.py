"""Arabic news articles about the wars in Syria and Iraq to dated, geolocated events."""
