;;; eglot_test.el --- Emacs + eglot against the real caselint language server  -*- lexical-binding: t -*-
;;
;; Run by tests/emacs/run.sh:
;;
;;   CASELINT_BIN=... AUDIT_FILE=... emacs --batch -Q -l tests/emacs/eglot_test.el
;;
;; Opens an audit as a user would, starts `caselint server' with eglot, waits for a T001
;; diagnostic (through flymake, as eglot shows it), asks the server for that diagnostic's code
;; actions, applies the reflective rewrite and checks the buffer changed as the action says.
;; Every failure, and every wait that runs out, ends Emacs with a non-zero status.

(require 'cl-lib)
(require 'eglot)
(require 'flymake)

(defvar caselint-test-wait 30 "Seconds to wait for the server.")

(defun caselint-test-fail (format-string &rest args)
  (princ (concat "tests/emacs: FAIL: " (apply #'format format-string args) "\n")
         #'external-debugging-output)
  (kill-emacs 1))

(defun caselint-test-say (format-string &rest args)
  (princ (concat "tests/emacs: " (apply #'format format-string args) "\n")
         #'external-debugging-output))

(defun caselint-test-wait-for (what predicate)
  "Wait until PREDICATE returns non-nil, or fail naming WHAT."
  (let ((deadline (+ (float-time) caselint-test-wait))
        (found nil))
    (while (and (not (setq found (funcall predicate)))
                (< (float-time) deadline))
      (accept-process-output nil 0.2))
    (or found (caselint-test-fail "no %s within %d s" what caselint-test-wait))))

(let ((bin (or (getenv "CASELINT_BIN") (caselint-test-fail "CASELINT_BIN is not set")))
      (file (or (getenv "AUDIT_FILE") (caselint-test-fail "AUDIT_FILE is not set")))
      (eglot-sync-connect t)
      (eglot-autoshutdown t))
  (find-file file)
  (text-mode)
  (eglot '(text-mode) (cons 'transient (file-name-directory file))
         'eglot-lsp-server (list bin "server") "markdown")
  (caselint-test-wait-for "eglot connection" #'eglot-current-server)
  (caselint-test-say "connected to %s" bin)
  (let* ((t001 (caselint-test-wait-for
                "T001 diagnostic"
                (lambda ()
                  (cl-find-if (lambda (d) (string-match-p "\\[T001\\]" (flymake-diagnostic-text d)))
                              (flymake-diagnostics)))))
         (beg (flymake-diagnostic-beg t001))
         (end (flymake-diagnostic-end t001))
         (flagged (buffer-substring-no-properties beg end)))
    (caselint-test-say "T001 on \"%s\"" flagged)
    (unless (string-match-p "did not visit" flagged)
      (caselint-test-fail "T001 covers \"%s\", expected the sentence with \"did not visit\"" flagged))
    (let* ((actions (eglot-code-actions beg end nil nil))
           (titles (mapcar (lambda (a) (plist-get a :title)) actions))
           (rewrite (cl-find-if (lambda (a) (string-prefix-p "Rewrite reflectively:" (plist-get a :title)))
                                actions)))
      (caselint-test-say "code actions: %S" titles)
      (unless rewrite
        (caselint-test-fail "no \"Rewrite reflectively:\" action among %S" titles))
      (unless (cl-find-if (lambda (title) (string-prefix-p "Disable T001" title)) titles)
        (caselint-test-fail "no \"Disable T001 on this line\" action among %S" titles))
      (eglot--apply-workspace-edit (plist-get rewrite :edit))
      (let ((text (buffer-substring-no-properties (point-min) (point-max))))
        (when (string-match-p "The social worker did not visit" text)
          (caselint-test-fail "the rewrite did not replace the sentence:\n%s" text))
        (unless (string-match-p "There was evidence that Jo had not been visited" text)
          (caselint-test-fail "the buffer does not hold the reflective rewrite:\n%s" text))
        ;; Batch Emacs is never idle, so send the change now rather than on eglot's idle
        ;; timer; the server re-lints the edited buffer and T001 goes away.
        (eglot--signal-textDocument/didChange)
        (caselint-test-wait-for
         "T001 to clear after the rewrite"
         (lambda ()
           (not (cl-find-if (lambda (d) (string-match-p "\\[T001\\]" (flymake-diagnostic-text d)))
                            (flymake-diagnostics)))))
        (caselint-test-say "rewrite applied; T001 cleared")))
    (set-buffer-modified-p nil)
    (eglot-shutdown (eglot-current-server))
    (caselint-test-say "1 passed, 0 failed")
    (kill-emacs 0)))
