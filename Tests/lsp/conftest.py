"""pytest-lsp drives the built `curriculum lsp` through a scripted editor session.

The binary comes from CURRICULUM_BINARY (set by Tests/curriculumTests/LanguageServerClientTests.swift),
and each test works on its own copy of the shipped curriculum, so edits on disk never touch the
repository.
"""

import os
import pathlib
import shutil

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient

REPOSITORY = pathlib.Path(__file__).resolve().parents[2]
BINARY = os.environ.get("CURRICULUM_BINARY", str(REPOSITORY / ".build" / "debug" / "curriculum"))


@pytest.fixture
def curriculum(tmp_path):
    folder = tmp_path / "igma-femina"
    shutil.copytree(REPOSITORY / "curriculum" / "igma-femina", folder)
    return folder


@pytest_lsp.fixture(config=ClientServerConfig(server_command=[BINARY, "lsp"]))
async def client(lsp_client: LanguageClient, curriculum):
    capabilities = types.ClientCapabilities(
        text_document=types.TextDocumentClientCapabilities(
            hover=types.HoverClientCapabilities(content_format=[types.MarkupKind.Markdown]),
            publish_diagnostics=types.PublishDiagnosticsClientCapabilities(related_information=True),
        ),
        workspace=types.WorkspaceClientCapabilities(
            did_change_watched_files=types.DidChangeWatchedFilesClientCapabilities(dynamic_registration=True),
            workspace_folders=True,
        ),
    )
    lsp_client.registrations = []

    @lsp_client.feature(types.CLIENT_REGISTER_CAPABILITY)
    def register(params: types.RegistrationParams):
        lsp_client.registrations += params.registrations
        return None

    lsp_client.initialize_result = await lsp_client.initialize_session(
        types.InitializeParams(
            capabilities=capabilities,
            root_uri=curriculum.as_uri(),
            workspace_folders=[types.WorkspaceFolder(uri=curriculum.as_uri(), name="igma-femina")],
        )
    )
    lsp_client.curriculum = curriculum
    yield
    await lsp_client.shutdown_session()
