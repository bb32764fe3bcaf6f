"""The public read API, /api/v1/: views, parameter parsing and the generated schema."""
