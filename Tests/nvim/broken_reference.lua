-- Neovim's built-in LSP client (0.7 and later) opens module-1.md of a curriculum copy whose line 181
-- cites an annex the catalogue lacks, waits for the diagnostic, then types a second wrong number
-- without saving and waits for that one too. Writes what it received as JSON to CURRICULUM_RESULT.
local binary = os.getenv("CURRICULUM_BINARY")
local folder = os.getenv("CURRICULUM_FOLDER")
local result_path = os.getenv("CURRICULUM_RESULT")
local result = { opened = {}, typed = {}, modified = false }

local function collect(bufnr)
  local found = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    local lsp = (d.user_data or {}).lsp or {}
    table.insert(found, {
      lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
      severity = d.severity, message = d.message, code = d.code or lsp.code,
      href = (lsp.codeDescription or {}).href,
    })
  end
  return found
end

local function has_code(bufnr, code, count)
  local n = 0
  for _, d in ipairs(collect(bufnr)) do
    if d.code == code then n = n + 1 end
  end
  return n >= count
end

vim.cmd("edit " .. folder .. "/module-1.md")
local bufnr = vim.api.nvim_get_current_buf()
local client_id = vim.lsp.start_client({ name = "curriculum", cmd = { binary, "lsp" }, root_dir = folder })
vim.lsp.buf_attach_client(bufnr, client_id)

vim.wait(15000, function() return has_code(bufnr, "CUR401", 1) end, 50)
result.opened = collect(bufnr)

-- Line 145 (1-based) cites "1.A.1.1 bijlage 1"; type a 7 over the 1, as a coordinator would.
result.edited_line = vim.api.nvim_buf_get_lines(bufnr, 144, 145, false)[1]
local ok, problem = pcall(vim.api.nvim_buf_set_text, bufnr, 144, 18, 144, 19, { "7" })
result.error = not ok and tostring(problem) or nil
vim.wait(15000, function() return has_code(bufnr, "CUR401", 2) end, 50)
result.typed = collect(bufnr)
result.modified = vim.api.nvim_buf_get_option(bufnr, "modified")

-- Jump to the catalogue from the broken reference, ask for completions there, hover the exercise.
local client = vim.lsp.get_client_by_id(client_id)
local function at(line, character)
  return { textDocument = { uri = vim.uri_from_bufnr(bufnr) }, position = { line = line, character = character } }
end
local definition = client.request_sync("textDocument/definition", at(144, 5), 10000, bufnr)
local target = definition and definition.result and definition.result[1]
result.definition = target and { uri = target.uri, line = target.range.start.line } or nil
local completion = client.request_sync("textDocument/completion", at(144, 19), 10000, bufnr)
local items = completion and completion.result and completion.result.items or {}
result.first_completion = items[1] and items[1].label or nil
local hover = client.request_sync("textDocument/hover", at(146, 8), 10000, bufnr)
result.hover = hover and hover.result and hover.result.contents.value or nil

-- Apply the preferred quick fix as the user would, and wait for the error to go.
local actions = client.request_sync("textDocument/codeAction", {
  textDocument = { uri = vim.uri_from_bufnr(bufnr) },
  range = { start = { line = 144, character = 4 }, ["end"] = { line = 144, character = 4 } },
  context = { diagnostics = {} },
}, 10000, bufnr)
for _, action in ipairs(actions and actions.result or {}) do
  if action.isPreferred then
    result.applied = action.title
    vim.lsp.util.apply_workspace_edit(action.edit, "utf-16")
  end
end
vim.wait(15000, function() return not has_code(bufnr, "CUR401", 2) end, 50)
result.fixed = collect(bufnr)
result.fixed_line = vim.api.nvim_buf_get_lines(bufnr, 144, 145, false)[1]

local file = io.open(result_path, "w")
file:write(vim.json.encode(result))
file:close()
vim.lsp.stop_client(client_id)
vim.wait(2000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 50)
vim.cmd("qa!")
