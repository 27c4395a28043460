"""Exports of the migration plan and review packs, and reading review packs back.

Qt-free, so the CLI, the tests and the UI's workers share them: ``workbook`` (the Excel
migration plan), ``csv_export``, ``redirects`` (web server redirect maps), ``review_packs``
(out) and ``review_import`` (back in). Every exported text passes ``safe.safe_text``.
"""
