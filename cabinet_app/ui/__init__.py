"""The Qt face of Cabinet. Only this package (and ``__main__``) imports PySide6."""
