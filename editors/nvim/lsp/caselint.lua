-- caselint's language server configuration, in the shape Neovim 0.11's vim.lsp.config and
-- nvim-lspconfig read from `lsp/<name>.lua` on the runtimepath:
--
--   vim.lsp.enable("caselint")
--
-- Settings use the keys of caselint.toml, for example
--   vim.lsp.config("caselint", { settings = { caselint = { ["lookback-months"] = 12 } } })
--
-- Only files named *.audit.md, *.audit.txt or *.audit are attached: `root_dir` declines every
-- other Markdown or text buffer. This file is self-contained so that it can be copied alone.

local root_markers = { "caselint.toml", ".caselint.toml", ".git" }

local function is_audit(name)
  return name:match("%.audit%.md$") ~= nil or name:match("%.audit%.txt$") ~= nil or name:match("%.audit$") ~= nil
end

return {
  cmd = { "caselint", "server" },
  filetypes = { "markdown", "text" },
  root_markers = root_markers,
  root_dir = function(bufnr, on_dir)
    local name = vim.api.nvim_buf_get_name(bufnr)
    if is_audit(name) then
      on_dir(vim.fs.root(bufnr, root_markers) or vim.fs.dirname(name))
    end
  end,
  -- vim.empty_dict(): an empty Lua table would be sent as a JSON list, which is not settings.
  settings = { caselint = vim.empty_dict() },
}
