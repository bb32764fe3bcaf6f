from tests.editing.conftest import editor, editor_client  # noqa: F401  (the admin's sign-in)
