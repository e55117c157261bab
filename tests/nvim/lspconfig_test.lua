-- Headless Neovim test of editors/nvim/lsp/caselint.lua, the configuration that Neovim 0.11's
-- vim.lsp.enable and nvim-lspconfig read from the runtimepath. Run by tests/nvim/run.sh.
--
-- On Neovim 0.11 and later it is used as a user would (vim.lsp.enable, no setup()) and must
-- attach to an audit and not to README.md. On older Neovim, which cannot read lsp/*.lua, the
-- returned table is checked for the shape nvim-lspconfig expects.

local H = dofile(debug.getinfo(1, "S").source:sub(2):match("(.*/)") .. "helpers.lua")
local check, say = H.check, H.say
local bin, dir = H.bin, H.dir

local function run()
  check(bin ~= nil and bin ~= "" and dir ~= nil and dir ~= "", "CASELINT_BIN and CASELINT_TEST_DIR must be set")
  local files = vim.api.nvim_get_runtime_file("lsp/caselint.lua", true)
  check(#files == 1, "lsp/caselint.lua should be on the runtimepath exactly once, found " .. #files)
  local config = dofile(files[1])
  check(type(config) == "table", "lsp/caselint.lua should return a table")
  check(vim.deep_equal(config.cmd, { "caselint", "server" }), "cmd should be { 'caselint', 'server' }: " .. vim.inspect(config.cmd))
  check(vim.deep_equal(config.filetypes, { "markdown", "text" }), "filetypes: " .. vim.inspect(config.filetypes))
  check(vim.tbl_contains(config.root_markers, "caselint.toml"), "root_markers should include caselint.toml")
  check(type(config.settings) == "table" and type(config.settings.caselint) == "table", "settings.caselint should be a table")
  check(type(config.root_dir) == "function", "root_dir should be a function that accepts only audits")

  if vim.fn.has("nvim-0.11") == 0 then
    local version = vim.version()
    say(string.format(
      "lsp/caselint.lua has the nvim-lspconfig shape (Neovim %d.%d.%d cannot enable it: vim.lsp.config needs 0.11)",
      version.major, version.minor, version.patch))
    return
  end

  vim.filetype.add({ extension = { audit = "markdown" } })
  vim.lsp.config("caselint", { cmd = { bin, "server" } })
  vim.lsp.enable("caselint")

  vim.cmd("edit " .. vim.fn.fnameescape(dir .. "/README.md"))
  local readme = vim.api.nvim_get_current_buf()
  vim.cmd("edit " .. vim.fn.fnameescape(dir .. "/jo.audit.md"))
  local bufnr = vim.api.nvim_get_current_buf()

  H.wait_for_code(bufnr, "J002")
  check(#vim.lsp.get_clients({ bufnr = readme, name = "caselint" }) == 0, "caselint should not attach to README.md")
  say("vim.lsp.enable('caselint') with lsp/caselint.lua: J002 reported; README.md left alone")
end

H.run(run)
