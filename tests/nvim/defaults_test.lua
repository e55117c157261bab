-- Headless Neovim test: require("caselint").setup() with no settings at all, the most common
-- configuration. The server must start without a settings error and report J002 at its
-- default severity (error). Run by tests/nvim/run.sh.

local H = dofile(debug.getinfo(1, "S").source:sub(2):match("(.*/)") .. "helpers.lua")

H.run(function()
  H.check(H.bin ~= nil and H.bin ~= "" and H.dir ~= nil and H.dir ~= "", "CASELINT_BIN and CASELINT_TEST_DIR must be set")
  require("caselint").setup({ cmd = { H.bin, "server" } })

  vim.cmd("edit " .. vim.fn.fnameescape(H.dir .. "/sam.audit.txt"))
  local bufnr = vim.api.nvim_get_current_buf()
  H.check(vim.bo[bufnr].filetype == "text", "sam.audit.txt should have filetype text, got " .. vim.bo[bufnr].filetype)
  local j002 = H.wait_for_code(bufnr, "J002")
  H.check(j002.severity == vim.diagnostic.severity.ERROR,
    "with no settings J002 should be an error, got severity " .. tostring(j002.severity))
  -- Let any settings error the server would show after initialisation arrive.
  vim.wait(300)
  H.say("setup() without settings: J002 is an error, no messages from the server")
end)
