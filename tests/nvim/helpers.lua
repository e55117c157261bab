-- Shared by the headless Neovim tests in this folder (loaded with dofile).

local H = {}

H.WAIT_MS = 10000

H.bin = os.getenv("CASELINT_BIN")
H.dir = os.getenv("CASELINT_TEST_DIR")

function H.say(message)
  io.stdout:write("tests/nvim: " .. message .. "\n")
  io.stdout:flush()
end

local Failure = {}

--- Fails the test with `message` (no traceback: the message says what went wrong).
function H.check(condition, message)
  if not condition then
    error(setmetatable({ message = message }, Failure), 2)
  end
end

--- The caselint clients, of buffer `bufnr` or (nil) of the whole session.
function H.get_clients(bufnr)
  if vim.lsp.get_clients then
    return vim.lsp.get_clients({ bufnr = bufnr, name = "caselint" })
  end
  local found = {}
  local all = bufnr and vim.lsp.buf_get_clients(bufnr) or vim.lsp.get_active_clients()
  for _, client in pairs(all) do
    if client.name == "caselint" then
      table.insert(found, client)
    end
  end
  return found
end

function H.caselint_diagnostics(bufnr)
  local found = {}
  for _, diagnostic in ipairs(vim.diagnostic.get(bufnr)) do
    if diagnostic.source == "caselint" then
      table.insert(found, diagnostic)
    end
  end
  return found
end

function H.codes(diagnostics)
  local list = {}
  for _, diagnostic in ipairs(diagnostics) do
    table.insert(list, tostring(diagnostic.code))
  end
  table.sort(list)
  return table.concat(list, ",")
end

function H.find_code(diagnostics, code)
  for _, diagnostic in ipairs(diagnostics) do
    if diagnostic.code == code then
      return diagnostic
    end
  end
  return nil
end

--- Waits for a caselint diagnostic `code` in `bufnr`; fails after WAIT_MS.
function H.wait_for_code(bufnr, code)
  local found = vim.wait(H.WAIT_MS, function()
    return H.find_code(H.caselint_diagnostics(bufnr), code) ~= nil
  end, 20)
  H.check(found, string.format("timed out after %d s waiting for caselint's %s diagnostic; caselint diagnostics so far: [%s]",
    H.WAIT_MS / 1000, code, H.codes(H.caselint_diagnostics(bufnr))))
  return H.find_code(H.caselint_diagnostics(bufnr), code)
end

-- Error and warning messages the server shows (window/showMessage), for example a settings
-- error: a test fails if there is any, since a user would see it.
local shown = {}
local show = vim.lsp.handlers["window/showMessage"]
vim.lsp.handlers["window/showMessage"] = function(err, result, ctx, config)
  if result and result.type and result.type <= 2 then
    table.insert(shown, result.message)
  end
  return show(err, result, ctx, config)
end

--- Runs `test`, then quits Neovim: status 0 if it passed and the server showed no error or
--- warning, else status 1 with the reason on stderr.
function H.run(test)
  local ok, err = xpcall(test, function(e)
    if getmetatable(e) == Failure then
      return e.message
    end
    return debug.traceback(tostring(e), 2)
  end)
  if ok and #shown > 0 then
    ok, err = false, "the server showed a message: " .. table.concat(shown, " | ")
  end
  if ok then
    vim.cmd("qall!")
  else
    io.stderr:write("tests/nvim: FAIL: " .. tostring(err) .. "\n")
    vim.cmd("cquit 1")
  end
end

return H
