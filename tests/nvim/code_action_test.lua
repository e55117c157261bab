-- Headless Neovim test of editors/nvim, run by tests/nvim/run.sh:
--
--   nvim --headless --clean --cmd "set rtp+=editors/nvim" -c "luafile tests/nvim/code_action_test.lua"
--
-- It sets the plugin up as a user would, opens a copy of an audit with an off-scale grade,
-- waits for caselint's diagnostics, asks the server for the quick fixes of the J002 diagnostic,
-- applies the one that sets the grade to "Good" with vim.lsp.util.apply_workspace_edit, and
-- checks the buffer and the diagnostics that follow. Every failure, and every wait that runs
-- out, ends Neovim with a non-zero status and a message on stderr.

local H = dofile(debug.getinfo(1, "S").source:sub(2):match("(.*/)") .. "helpers.lua")
local check, say = H.check, H.say
local WAIT_MS = H.WAIT_MS
local bin, dir = H.bin, H.dir
local get_clients, caselint_diagnostics, codes, find_code = H.get_clients, H.caselint_diagnostics, H.codes, H.find_code

--- Byte offset in `line` of LSP character `character` in `encoding`.
local function byte_index(line, character, encoding)
  if encoding == "utf-8" then
    return character
  end
  if vim.fn.has("nvim-0.11") == 1 then
    return vim.str_byteindex(line, encoding, character, false)
  end
  return vim.str_byteindex(line, character, encoding == "utf-16")
end

--- Applies LSP TextEdits to `lines`, independently of Neovim's own implementation.
local function apply_edits(lines, edits, encoding)
  local text = table.concat(lines, "\n")
  local line_starts = { 0 }
  for index = 1, #lines do
    line_starts[index + 1] = line_starts[index] + #lines[index] + 1
  end
  local function offset(position)
    local line = lines[position.line + 1] or ""
    return line_starts[position.line + 1] + byte_index(line, position.character, encoding)
  end
  local spans = {}
  for _, edit in ipairs(edits) do
    table.insert(spans, { offset(edit.range.start), offset(edit.range["end"]), edit.newText })
  end
  table.sort(spans, function(a, b)
    return a[1] > b[1]
  end)
  for _, span in ipairs(spans) do
    text = text:sub(1, span[1]) .. span[3] .. text:sub(span[2] + 1)
  end
  return vim.split(text, "\n", { plain = true })
end

local function edits_for(edit, uri)
  local edits = {}
  for changed_uri, list in pairs(edit.changes or {}) do
    if changed_uri == uri then
      vim.list_extend(edits, list)
    end
  end
  for _, change in ipairs(edit.documentChanges or {}) do
    if change.textDocument and change.textDocument.uri == uri then
      vim.list_extend(edits, change.edits)
    end
  end
  return edits
end

local function run()
  check(bin ~= nil and bin ~= "", "CASELINT_BIN is not set")
  check(dir ~= nil and dir ~= "", "CASELINT_TEST_DIR is not set")
  check(vim.fn.executable(bin) == 1, "caselint binary is not executable: " .. bin)

  -- The raw diagnostics as published, for the code action request's context.
  local published = {}
  local publish = vim.lsp.handlers["textDocument/publishDiagnostics"]
  vim.lsp.handlers["textDocument/publishDiagnostics"] = function(err, result, ctx, config)
    if result then
      published[result.uri] = result.diagnostics
    end
    return publish(err, result, ctx, config)
  end

  local caselint = require("caselint")
  local normalized = caselint.server_settings({
    lookback_months = 12,
    severity = { T001 = "info", long_sentence = "off" },
    lexicon = { extend_roles = { "YOT worker" } },
  })
  check(
    vim.deep_equal(normalized, {
      ["lookback-months"] = 12,
      severity = { T001 = "info", long_sentence = "off" },
      lexicon = { ["extend-roles"] = { "YOT worker" } },
    }),
    "server_settings did not map snake_case keys to caselint.toml keys: " .. vim.inspect(normalized)
  )

  -- J002 is an error by default; the settings make it a warning, which shows they arrived.
  caselint.setup({ cmd = { bin, "server" }, settings = { severity = { J002 = "warning" } } })

  -- A Markdown file that is not an audit must be left alone.
  vim.cmd("edit " .. vim.fn.fnameescape(dir .. "/README.md"))
  local readme = vim.api.nvim_get_current_buf()

  vim.cmd("edit " .. vim.fn.fnameescape(dir .. "/jo.audit.md"))
  local bufnr = vim.api.nvim_get_current_buf()
  local uri = vim.uri_from_bufnr(bufnr)
  local original = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
  check(vim.bo[bufnr].filetype == "markdown", "jo.audit.md should have filetype markdown, got " .. vim.bo[bufnr].filetype)

  check(
    vim.wait(WAIT_MS, function()
      return #get_clients(bufnr) == 1
    end, 20),
    "timed out after 10 s waiting for the caselint client to attach to jo.audit.md"
  )
  local client = get_clients(bufnr)[1]
  say("caselint attached (position encoding " .. tostring(client.offset_encoding) .. ")")

  local got_j002 = vim.wait(WAIT_MS, function()
    return find_code(caselint_diagnostics(bufnr), "J002") ~= nil and published[uri] ~= nil
  end, 20)
  check(got_j002, "timed out after 10 s waiting for caselint's J002 diagnostic; caselint diagnostics so far: ["
    .. codes(caselint_diagnostics(bufnr)) .. "]")
  local before = caselint_diagnostics(bufnr)
  say("diagnostics: " .. codes(before))

  local j002 = find_code(before, "J002")
  local grade_line = nil
  for index, line in ipairs(original) do
    if line == "Judgement: Satisfactory" then
      grade_line = index - 1
    end
  end
  check(grade_line ~= nil, "fixture has no 'Judgement: Satisfactory' line")
  check(j002.lnum == grade_line and j002.col == #"Judgement: ",
    string.format("J002 should start at %d:%d (the grade), got %d:%d", grade_line, #"Judgement: ", j002.lnum, j002.col))

  -- The settings given to setup() reached the server: J002 is a warning, not an error.
  check(j002.severity == vim.diagnostic.severity.WARN,
    "J002 should be a warning (set through setup's settings), got severity " .. tostring(j002.severity))
  -- The Planning area has no impact statement: a diagnostic that the fix leaves alone.
  check(find_code(before, "I001") ~= nil, "expected an I001 diagnostic for the Planning area")

  -- Ask for the fixes of the J002 diagnostic, as the code action menu does.
  local lsp_j002 = nil
  for _, diagnostic in ipairs(published[uri]) do
    if diagnostic.code == "J002" then
      lsp_j002 = diagnostic
    end
  end
  check(lsp_j002 ~= nil, "no J002 in the published LSP diagnostics")
  local responses = vim.lsp.buf_request_sync(bufnr, "textDocument/codeAction", {
    textDocument = { uri = uri },
    range = lsp_j002.range,
    context = { diagnostics = { lsp_j002 }, only = { "quickfix" } },
  }, WAIT_MS)
  check(responses ~= nil, "timed out after 10 s waiting for textDocument/codeAction")
  local actions = {}
  for _, response in pairs(responses) do
    check(response.err == nil and response.error == nil, "codeAction failed: " .. vim.inspect(response.err or response.error))
    vim.list_extend(actions, response.result or {})
  end
  local chosen = nil
  local titles = {}
  for _, action in ipairs(actions) do
    table.insert(titles, action.title)
    if action.edit then
      for _, edit in ipairs(edits_for(action.edit, uri)) do
        if edit.newText == "Good" then
          chosen = action
        end
      end
    end
  end
  check(chosen ~= nil, "no quick fix replaces the grade with 'Good'; actions: " .. vim.inspect(titles))
  say("applying code action: " .. chosen.title)

  local expected = apply_edits(original, edits_for(chosen.edit, uri), client.offset_encoding)
  vim.lsp.util.apply_workspace_edit(chosen.edit, client.offset_encoding)
  local after_edit = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
  check(vim.deep_equal(after_edit, expected), "the buffer differs from what the edit says:\n" .. table.concat(after_edit, "\n"))
  check(after_edit[grade_line + 1] == "Judgement: Good", "the grade line should read 'Judgement: Good', got: " .. after_edit[grade_line + 1])

  local changed = vim.wait(WAIT_MS, function()
    local now = caselint_diagnostics(bufnr)
    return find_code(now, "J002") == nil and find_code(now, "I001") ~= nil
  end, 20)
  check(changed, "timed out after 10 s waiting for diagnostics without J002 after the fix; now: ["
    .. codes(caselint_diagnostics(bufnr)) .. "]")
  say("diagnostics after the fix: " .. codes(caselint_diagnostics(bufnr)))

  -- A second audit under the same root reuses the client; the README never got one.
  vim.cmd("edit " .. vim.fn.fnameescape(dir .. "/sam.audit.txt"))
  local second = vim.api.nvim_get_current_buf()
  check(
    vim.wait(WAIT_MS, function()
      return #get_clients(second) == 1
    end, 20),
    "timed out after 10 s waiting for caselint to attach to sam.audit.txt"
  )
  check(get_clients(second)[1].id == client.id, "sam.audit.txt should share jo.audit.md's client (same root)")
  check(#get_clients(nil) == 1, "expected one caselint client, found " .. #get_clients(nil))
  check(#get_clients(readme) == 0, "caselint should not attach to README.md")
  say("one client for both audits; README.md left alone")
end

H.run(run)
