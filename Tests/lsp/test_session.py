"""A coordinator's session in an editor, every capability of `curriculum lsp` in turn.

Line numbers are 0-based, as LSP counts them. module-1.md of the shipped curriculum cites
`1.A.1.2 bijlage 1` on line 180 (the exercise 1.A.1.2 starts on line 146).
"""

import asyncio

from lsprotocol import types

REFERENCE_LINE = 180
EXERCISE_LINE = 146


def open_document(client, path):
    text = path.read_text(encoding="utf-8")
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(uri=path.as_uri(), language_id="markdown", version=1, text=text)
        )
    )
    return text


async def diagnostics_for(client, uri, predicate, attempts=20):
    """Waits for publishDiagnostics until those for `uri` satisfy `predicate`."""
    for _ in range(attempts):
        found = client.diagnostics.get(uri)
        if found is not None and predicate(found):
            return found
        await asyncio.wait_for(client.wait_for_notification("textDocument/publishDiagnostics"), timeout=10)
    return client.diagnostics.get(uri, [])


def type_wrong_number(client, uri, version=2):
    """Types `3` over the `1` of `1.A.1.2 bijlage 1`, without saving."""
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
            content_changes=[
                types.TextDocumentContentChangePartial(
                    range=types.Range(
                        start=types.Position(line=REFERENCE_LINE, character=18),
                        end=types.Position(line=REFERENCE_LINE, character=19),
                    ),
                    text="3",
                )
            ],
        )
    )


def unresolved(found):
    return [d for d in found if d.code == "CUR401"]


async def test_the_capabilities_are_announced(client):
    capabilities = client.initialize_result.capabilities
    assert capabilities.hover_provider
    assert capabilities.definition_provider
    assert capabilities.completion_provider is not None
    assert capabilities.code_action_provider
    assert capabilities.text_document_sync.change == types.TextDocumentSyncKind.Incremental
    for _ in range(20):
        if client.registrations:
            break
        await asyncio.sleep(0.05)
    assert [r.method for r in client.registrations] == ["workspace/didChangeWatchedFiles"]


async def test_a_wrong_annex_number_is_an_error_before_saving(client):
    module = client.curriculum / "module-1.md"
    open_document(client, module)
    await diagnostics_for(client, module.as_uri(), lambda found: True)
    assert unresolved(client.diagnostics.get(module.as_uri(), [])) == []
    type_wrong_number(client, module.as_uri())
    found = unresolved(await diagnostics_for(client, module.as_uri(), lambda found: unresolved(found)))
    assert len(found) == 1
    diagnostic = found[0]
    assert diagnostic.range == types.Range(
        start=types.Position(line=REFERENCE_LINE, character=2), end=types.Position(line=REFERENCE_LINE, character=19)
    )
    assert diagnostic.severity == types.DiagnosticSeverity.Error
    assert diagnostic.code_description.href.endswith("rules.md#cur401-unresolved-annex")
    assert "did you mean `1.A.1.2 bijlage 1`" in diagnostic.message
    related = diagnostic.related_information[0]
    assert related.location.uri == (client.curriculum / "annexes.md").as_uri()
    assert "is listed here" in related.message
    # The file on disk is unchanged: the error came from the buffer.
    assert "1.A.1.2 bijlage 3" not in module.read_text(encoding="utf-8")


async def test_the_reference_leads_to_the_catalogue(client):
    module = client.curriculum / "module-1.md"
    open_document(client, module)
    result = await client.text_document_definition_async(
        types.DefinitionParams(
            text_document=types.TextDocumentIdentifier(uri=module.as_uri()),
            position=types.Position(line=REFERENCE_LINE, character=5),
        )
    )
    assert len(result) == 1
    assert result[0].uri == (client.curriculum / "annexes.md").as_uri()
    catalogue = (client.curriculum / "annexes.md").read_text(encoding="utf-8").split("\n")
    assert catalogue[result[0].range.start.line].startswith("- 1.A.1.2 bijlage 1:")


async def test_completion_offers_the_right_annex_first(client):
    module = client.curriculum / "module-1.md"
    open_document(client, module)
    type_wrong_number(client, module.as_uri())
    result = await client.text_document_completion_async(
        types.CompletionParams(
            text_document=types.TextDocumentIdentifier(uri=module.as_uri()),
            position=types.Position(line=REFERENCE_LINE, character=19),
        )
    )
    first = result.items[0]
    assert first.label == "1.A.1.2 bijlage 1"
    assert first.detail == "De IGMA-principes als richtlijnen voor de casemanager"
    assert first.text_edit.new_text == "1.A.1.2 bijlage 1"
    assert first.text_edit.range.start == types.Position(line=REFERENCE_LINE, character=2)


async def test_the_quick_fix_repairs_the_reference(client):
    module = client.curriculum / "module-1.md"
    open_document(client, module)
    type_wrong_number(client, module.as_uri())
    found = unresolved(await diagnostics_for(client, module.as_uri(), lambda found: unresolved(found)))
    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=module.as_uri()),
            range=found[0].range,
            context=types.CodeActionContext(diagnostics=found),
        )
    )
    preferred = [a for a in actions if a.is_preferred]
    assert [a.title for a in preferred] == ["Vervang door '1.A.1.2 bijlage 1'"]
    edit = preferred[0].edit.changes[module.as_uri()][0]
    assert edit.new_text == "1.A.1.2 bijlage 1"
    assert any(a.title == "Zet '1.A.1.2 bijlage 3' in de bijlagenlijst" for a in actions)
    # Apply it as the editor would: the error goes away.
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=module.as_uri(), version=3),
            content_changes=[types.TextDocumentContentChangePartial(range=edit.range, text=edit.new_text)],
        )
    )
    after = await diagnostics_for(client, module.as_uri(), lambda found: not unresolved(found))
    assert unresolved(after) == []


async def test_hover_on_an_exercise_shows_its_time(client):
    module = client.curriculum / "module-1.md"
    open_document(client, module)
    result = await client.text_document_hover_async(
        types.HoverParams(
            text_document=types.TextDocumentIdentifier(uri=module.as_uri()),
            position=types.Position(line=EXERCISE_LINE, character=8),
        )
    )
    assert result.contents.kind == types.MarkupKind.Markdown
    assert "**1.A.1.2 De rollen en verantwoordelijkheden van de coach**" in result.contents.value
    assert "- duur: " in result.contents.value
    assert "- leerdoelen: " in result.contents.value


async def test_fixing_the_catalogue_clears_the_module(client):
    """Adding the entry to annexes.md (unsaved) clears the error in module-1.md."""
    module = client.curriculum / "module-1.md"
    catalogue = client.curriculum / "annexes.md"
    open_document(client, module)
    type_wrong_number(client, module.as_uri())
    await diagnostics_for(client, module.as_uri(), lambda found: unresolved(found))
    text = open_document(client, catalogue)
    line = text.split("\n").index("- 1.A.1.2 bijlage 1: De IGMA-principes als richtlijnen voor de casemanager")
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=catalogue.as_uri(), version=2),
            content_changes=[
                types.TextDocumentContentChangePartial(
                    range=types.Range(
                        start=types.Position(line=line + 1, character=0), end=types.Position(line=line + 1, character=0)
                    ),
                    text="- 1.A.1.2 bijlage 3: Een nieuwe bijlage\n",
                )
            ],
        )
    )
    after = await diagnostics_for(client, module.as_uri(), lambda found: not unresolved(found))
    assert unresolved(after) == []


async def test_a_file_changed_outside_the_editor_is_read_again(client):
    module = client.curriculum / "module-1.md"
    catalogue = client.curriculum / "annexes.md"
    open_document(client, module)
    await diagnostics_for(client, module.as_uri(), lambda found: True)
    text = catalogue.read_text(encoding="utf-8")
    catalogue.write_text(text.replace("- 1.A.1.2 bijlage 1:", "- 1.A.1.2 bijlage 9:"), encoding="utf-8")
    client.workspace_did_change_watched_files(
        types.DidChangeWatchedFilesParams(
            changes=[types.FileEvent(uri=catalogue.as_uri(), type=types.FileChangeType.Changed)]
        )
    )
    found = await diagnostics_for(client, module.as_uri(), lambda found: unresolved(found))
    assert len(unresolved(found)) == 1


async def test_references_and_rename_of_an_annex(client):
    module = client.curriculum / "module-1.md"
    open_document(client, module)
    position = types.Position(line=REFERENCE_LINE, character=5)
    document = types.TextDocumentIdentifier(uri=module.as_uri())
    references = await client.text_document_references_async(
        types.ReferenceParams(
            text_document=document, position=position, context=types.ReferenceContext(include_declaration=True)
        )
    )
    uris = {r.uri for r in references}
    assert uris == {module.as_uri(), (client.curriculum / "annexes.md").as_uri()}
    edit = await client.text_document_rename_async(
        types.RenameParams(text_document=document, position=position, new_name="1.A.1.2 bijlage 5")
    )
    assert set(edit.changes) == uris
    assert all(e.new_text == "1.A.1.2 bijlage 5" for edits in edit.changes.values() for e in edits)


async def test_an_exercise_in_a_plan_leads_to_the_exercise_and_shows_its_clock_time(client):
    plan = client.curriculum / "plans" / "module-1-niveau-1.plan.md"
    text = open_document(client, plan)
    line = text.split("\n").index("- 1.A.1.2 De rollen en verantwoordelijkheden van de coach")
    document = types.TextDocumentIdentifier(uri=plan.as_uri())
    definition = await client.text_document_definition_async(
        types.DefinitionParams(text_document=document, position=types.Position(line=line, character=4))
    )
    assert definition[0].uri == (client.curriculum / "module-1.md").as_uri()
    assert definition[0].range.start.line == EXERCISE_LINE
    hover = await client.text_document_hover_async(
        types.HoverParams(text_document=document, position=types.Position(line=line, character=4))
    )
    assert "dag 1: " in hover.contents.value
    hints = await client.text_document_inlay_hint_async(
        types.InlayHintParams(
            text_document=document,
            range=types.Range(start=types.Position(line=0, character=0), end=types.Position(line=40, character=0)),
        )
    )
    assert hints[0].label.startswith("09:00–")
    completion = await client.text_document_completion_async(
        types.CompletionParams(text_document=document, position=types.Position(line=line, character=5))
    )
    assert any(item.label == "1.A.1.2" for item in completion.items)


async def test_symbols_formatting_and_field_labels(client):
    module = client.curriculum / "module-1.md"
    open_document(client, module)
    document = types.TextDocumentIdentifier(uri=module.as_uri())
    symbols = await client.text_document_document_symbol_async(types.DocumentSymbolParams(text_document=document))
    assert symbols[0].name.startswith("Module 1:")
    assert symbols[0].detail.endswith("min")
    assert symbols[0].children[0].name.startswith("1.A ")
    found = await client.workspace_symbol_async(types.WorkspaceSymbolParams(query="rollen en verantwoordelijkheden"))
    assert any(s.name.startswith("1.A.1.2 ") for s in found)
    edits = await client.text_document_formatting_async(
        types.DocumentFormattingParams(
            text_document=document, options=types.FormattingOptions(tab_size=4, insert_spaces=True)
        )
    )
    assert not edits  # the shipped file is already in fmt's layout
    # Two more blank lines after the module heading; fmt keeps one.
    heading = module.read_text(encoding="utf-8").split("\n").index("# Module 1: De IGMA Femina methodologie")
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=module.as_uri(), version=2),
            content_changes=[
                types.TextDocumentContentChangePartial(
                    range=types.Range(start=types.Position(line=heading + 1, character=0), end=types.Position(line=heading + 1, character=0)),
                    text="\n\n",
                )
            ],
        )
    )
    edits = await client.text_document_formatting_async(
        types.DocumentFormattingParams(
            text_document=document, options=types.FormattingOptions(tab_size=4, insert_spaces=True)
        )
    )
    assert len(edits) == 1
    assert edits[0].new_text == module.read_text(encoding="utf-8")
    completion = await client.text_document_completion_async(
        types.CompletionParams(text_document=document, position=types.Position(line=EXERCISE_LINE + 1, character=0))
    )
    labels = {item.label for item in completion.items}
    assert {"Duur", "Leerdoelen", "Bijlagen"} <= labels
    assert "Duration" not in labels


async def test_unknown_methods_and_unopened_files_are_answered(client):
    missing = client.curriculum / "nowhere.md"
    result = await client.text_document_hover_async(
        types.HoverParams(
            text_document=types.TextDocumentIdentifier(uri=missing.as_uri()),
            position=types.Position(line=3, character=3),
        )
    )
    assert result is None
    module = client.curriculum / "module-1.md"
    result = await client.text_document_hover_async(
        types.HoverParams(
            text_document=types.TextDocumentIdentifier(uri=module.as_uri()),
            position=types.Position(line=EXERCISE_LINE, character=8),
        )
    )
    assert "1.A.1.2" in result.contents.value
