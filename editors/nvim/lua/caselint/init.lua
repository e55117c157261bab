-- caselint for Neovim: runs `caselint server` for case-file audits.
--
--   require("caselint").setup({
--     cmd = { "caselint", "server" },          -- how to start the server
--     settings = { ["lookback-months"] = 12 }, -- the keys of caselint.toml
--   })
--
-- Audits are recognised by file name (*.audit.md, *.audit.txt, *.audit), not by filetype, so
-- ordinary Markdown and text files are left alone. On Neovim 0.11 and later the server is
-- registered with vim.lsp.config/vim.lsp.enable; on 0.7 to 0.10 this module starts one client
-- per project root with vim.lsp.start_client and attaches each audit buffer to it.

local M = {}

local NAME = "caselint"

--- Lua patterns for audit file names (matched against the full buffer name).
M.name_patterns = { "%.audit%.md$", "%.audit%.txt$", "%.audit$" }

--- The same names as autocommand patterns.
M.autocmd_patterns = { "*.audit.md", "*.audit.txt", "*.audit" }

--- Files or folders that mark the root of a set of audits (nearest one wins).
M.root_markers = { "caselint.toml", ".caselint.toml", ".git" }

--- Filetypes audits get: Markdown, or plain text for *.audit.txt.
M.filetypes = { "markdown", "text" }

local defaults = {
  cmd = { "caselint", "server" },
  settings = {},
}

local options = vim.deepcopy(defaults)
--- Client id per root folder (Neovim 0.7 to 0.10).
local clients_by_root = {}
local warned_missing = false

--- Whether `name` (a file path or buffer name) is an audit.
function M.is_audit(name)
  if type(name) ~= "string" or name == "" then
    return false
  end
  for _, pattern in ipairs(M.name_patterns) do
    if name:match(pattern) then
      return true
    end
  end
  return false
end

local function normalize_keys(tbl)
  local out = {}
  for key, value in pairs(tbl) do
    if type(key) == "string" then
      key = key:gsub("_", "-")
    end
    out[key] = value
  end
  return out
end

--- An empty Lua table is encoded as a JSON list (`[]`); the server needs objects here.
local function as_object(tbl)
  if next(tbl) == nil then
    return vim.empty_dict()
  end
  return tbl
end

--- Settings as the server reads them: the keys of caselint.toml. Lua-friendly snake_case keys
--- (`lookback_months`, `lexicon = { extend_roles = ... }`) are turned into kebab-case. The
--- keys of `severity` are rule codes or names and are passed through unchanged.
function M.server_settings(settings)
  local out = normalize_keys(settings or {})
  for _, nested in ipairs({ "escalation", "lexicon" }) do
    if type(out[nested]) == "table" then
      out[nested] = as_object(normalize_keys(out[nested]))
    end
  end
  if type(out.severity) == "table" then
    out.severity = as_object(out.severity)
  end
  return as_object(out)
end

local function exists(path)
  return vim.loop.fs_stat(path) ~= nil
end

--- The nearest folder above `file` that holds a root marker; else the file's own folder.
function M.find_root(file)
  local start = vim.fn.fnamemodify(file, ":p:h")
  local dir = start
  while true do
    for _, marker in ipairs(M.root_markers) do
      if exists(dir .. "/" .. marker) then
        return dir
      end
    end
    local parent = vim.fn.fnamemodify(dir, ":h")
    if parent == dir then
      return start
    end
    dir = parent
  end
end

local function notify_missing(cmd)
  if warned_missing then
    return
  end
  warned_missing = true
  vim.notify(
    string.format(
      "caselint: cannot start the language server: `%s` is not an executable program. "
        .. "Install caselint (cargo install --path . in its repository) or pass "
        .. 'require("caselint").setup({ cmd = { "/path/to/caselint", "server" } }).',
      cmd[1]
    ),
    vim.log.levels.ERROR
  )
end

local function has_executable(cmd)
  if vim.fn.executable(cmd[1]) == 1 then
    return true
  end
  notify_missing(cmd)
  return false
end

--- The client configuration shared by both Neovim code paths.
function M.client_config()
  local settings = M.server_settings(options.settings)
  return {
    name = NAME,
    cmd = options.cmd,
    filetypes = M.filetypes,
    root_markers = M.root_markers,
    -- Pushed as initializationOptions and in workspace/didChangeConfiguration.
    init_options = settings,
    settings = { caselint = settings },
    flags = { debounce_text_changes = 0 },
  }
end

-- Neovim 0.7 to 0.10 ---------------------------------------------------------------------------

local function running_client(root)
  local id = clients_by_root[root]
  if id == nil then
    return nil
  end
  local client = vim.lsp.get_client_by_id(id)
  if client == nil or client.is_stopped() then
    clients_by_root[root] = nil
    return nil
  end
  return id
end

--- Attaches buffer `bufnr` to the caselint client for its root, starting one if needed.
--- Returns the client id, or nil when the buffer is not an audit or no server could start.
function M.attach(bufnr)
  bufnr = (bufnr == nil or bufnr == 0) and vim.api.nvim_get_current_buf() or bufnr
  local name = vim.api.nvim_buf_get_name(bufnr)
  if not M.is_audit(name) or vim.bo[bufnr].buftype ~= "" then
    return nil
  end
  if not has_executable(options.cmd) then
    return nil
  end
  local root = M.find_root(name)
  local id = running_client(root)
  if id == nil then
    local config = M.client_config()
    config.root_dir = root
    if vim.fn.has("nvim-0.10") == 0 then
      config.on_init = function(client)
        -- Neovim before 0.10 does not push `settings` by itself.
        client.notify("workspace/didChangeConfiguration", { settings = client.config.settings })
      end
    end
    config.on_exit = function()
      if clients_by_root[root] == id then
        clients_by_root[root] = nil
      end
    end
    local ok, started = pcall(vim.lsp.start_client, config)
    if not ok or started == nil then
      vim.notify("caselint: the language server did not start: " .. tostring(started), vim.log.levels.ERROR)
      return nil
    end
    id = started
    clients_by_root[root] = id
  end
  vim.lsp.buf_attach_client(bufnr, id)
  return id
end

-- Neovim 0.11 and later ------------------------------------------------------------------------

local function enable_native()
  local config = M.client_config()
  config.name = nil
  -- Only audits, found by name: the filetypes alone would take in every Markdown file.
  config.root_dir = function(bufnr, on_dir)
    local name = vim.api.nvim_buf_get_name(bufnr)
    if M.is_audit(name) and has_executable(options.cmd) then
      on_dir(M.find_root(name))
    end
  end
  vim.lsp.config(NAME, config)
  vim.lsp.enable(NAME)
end

local function native_lsp()
  return vim.fn.has("nvim-0.11") == 1 and type(vim.lsp.config) ~= "nil" and type(vim.lsp.enable) == "function"
end

--- Sets caselint up: audit filetypes, and the server for every audit buffer.
function M.setup(opts)
  opts = opts or {}
  options = vim.tbl_deep_extend("force", vim.deepcopy(defaults), opts)
  if opts.cmd ~= nil then
    options.cmd = opts.cmd -- A list is replaced, never merged item by item.
  end
  if type(options.cmd) == "string" then
    options.cmd = { options.cmd, "server" }
  end
  warned_missing = false

  local group = vim.api.nvim_create_augroup("caselint", { clear = true })
  -- *.audit has no filetype of its own; audits are Markdown (a *.audit.md or *.audit.txt
  -- already gets markdown or text from Neovim).
  vim.api.nvim_create_autocmd({ "BufRead", "BufNewFile" }, {
    group = group,
    pattern = "*.audit",
    command = "setfiletype markdown",
  })

  if native_lsp() then
    enable_native()
    return
  end

  vim.api.nvim_create_autocmd({ "BufReadPost", "BufNewFile" }, {
    group = group,
    pattern = M.autocmd_patterns,
    callback = function(args)
      M.attach(args.buf)
    end,
  })
  -- Audits opened before setup() ran (for example by a lazy plugin loader).
  for _, bufnr in ipairs(vim.api.nvim_list_bufs()) do
    if vim.api.nvim_buf_is_loaded(bufnr) then
      M.attach(bufnr)
    end
  end
end

return M
