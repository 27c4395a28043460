from audit_app.core.text_diff import paragraph_diff


def test_a_removed_paragraph_and_an_added_warning_are_marked() -> None:
    mine = "Inleiding.\n\nVerlof aanvragen gaat via de leidinggevende.\n\nSlot."
    other = "Let op: verouderd.\n\nInleiding.\n\nSlot."
    assert paragraph_diff(mine, other) == [
        ("only-other", "Let op: verouderd."),
        ("same", "Inleiding."),
        ("only-mine", "Verlof aanvragen gaat via de leidinggevende."),
        ("same", "Slot."),
    ]


def test_equal_texts_have_no_differences() -> None:
    assert {op for op, _p in paragraph_diff("a\n\nb", "a\n\nb")} == {"same"}
