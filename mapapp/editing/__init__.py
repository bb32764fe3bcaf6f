"""The editors' desk: the admin's forms, actions, import and export pages for dated polygons."""
