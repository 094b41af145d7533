// claimcheck review desk: keyboard navigation and decisions through the
// JSON API. Plain JavaScript, no library; the pages work without it
// (links and forms), this only makes them quicker.
"use strict";

(function () {
  const token = document.querySelector('meta[name="csrf-token"]').content;
  const readOnly = document.body.classList.contains("read-only");

  // post sends a decision or an undo and returns the answer's JSON; an
  // error answer throws its message.
  async function post(id, action, body) {
    const res = await fetch("/api/findings/" + encodeURIComponent(id) + "/" + action, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRF-Token": token },
      body: JSON.stringify(body),
    });
    let data = {};
    try {
      data = await res.json();
    } catch (e) {
      data = { error: "the server answered " + res.status + " " + res.statusText };
    }
    if (!res.ok) {
      const err = new Error(data.error || "the server answered " + res.status);
      err.status = res.status;
      throw err;
    }
    return data;
  }

  // typing reports whether a key went to a field, where letters are text.
  function typing(e) {
    const t = e.target;
    return t && (t.tagName === "INPUT" || t.tagName === "TEXTAREA" || t.tagName === "SELECT" || t.isContentEditable);
  }

  function focusSearch() {
    const q = document.getElementById("q");
    if (q) {
      q.focus();
      q.select();
    }
  }

  // swallow is the key of a shortcut just handled: the character it
  // would type is dropped, in case it comes after the keydown was
  // cancelled (synthetic key events send it separately), so that "a"
  // does not land in the note it opened.
  let swallow = "";
  function handled(e) {
    e.preventDefault();
    swallow = e.key;
  }
  document.addEventListener("keypress", (e) => {
    if (swallow && e.key === swallow) e.preventDefault();
    swallow = "";
  }, true);
  document.addEventListener("keyup", () => {
    swallow = "";
  }, true);

  // flash keeps a message across the reload that follows a decision.
  function flash(msg) {
    sessionStorage.setItem("claimcheck-flash", msg);
  }
  function takeFlash() {
    const msg = sessionStorage.getItem("claimcheck-flash");
    sessionStorage.removeItem("claimcheck-flash");
    return msg;
  }

  function describe(ans) {
    if (!ans.review) {
      return "undone: the finding is not reviewed now";
    }
    return ans.review.decision + " by " + ans.review.by + " at " + ans.review.at;
  }

  // ---- The findings list ----
  function listPage() {
    // Keep the list's URL short: the filters left empty are not sent.
    const filters = document.getElementById("filters");
    filters.addEventListener("submit", () => {
      for (const el of filters.elements) {
        if (el.name && el.value === "") el.disabled = true;
      }
    });
    window.addEventListener("pageshow", () => {
      for (const el of filters.elements) el.disabled = false;
    });

    const rows = Array.from(document.querySelectorAll("#findings tr.row"));
    let sel = rows.length ? 0 : -1;

    function select(i) {
      if (!rows.length) return;
      sel = Math.max(0, Math.min(rows.length - 1, i));
      rows.forEach((r, j) => r.classList.toggle("selected", j === sel));
      rows[sel].scrollIntoView({ block: "nearest" });
    }
    select(0);

    rows.forEach((r, i) => {
      r.addEventListener("click", (e) => {
        if (e.target.closest("a, button, input, form")) return;
        select(i);
        location.href = r.dataset.href;
      });
    });

    function setStatus(row, ans) {
      row.dataset.revision = ans.revision;
      const cell = row.querySelector("td.status");
      cell.textContent = "";
      const s = document.createElement("span");
      if (ans.review) {
        s.className = "decision " + ans.review.decision;
        s.textContent = ans.review.decision;
        cell.append(s, " ");
        const by = document.createElement("span");
        by.className = "muted";
        by.textContent = ans.review.by;
        cell.append(by);
      } else {
        s.className = "muted";
        s.textContent = "not reviewed";
        cell.append(s);
      }
    }

    function closeNote() {
      const open = document.querySelector("tr.note-row");
      if (open) open.remove();
    }

    // noteRow opens, under the selected row, a one-line form for the note
    // of a decision; Enter records it, Esc closes it.
    function noteRow(decision) {
      if (sel < 0 || readOnly) return;
      closeNote();
      const row = rows[sel];
      const tr = document.createElement("tr");
      tr.className = "note-row";
      const td = document.createElement("td");
      td.colSpan = row.children.length;
      const form = document.createElement("form");
      const label = document.createElement("label");
      label.textContent = (decision === "accepted" ? "Accept" : "Dismiss") + " " + row.dataset.id + ": note";
      const note = document.createElement("input");
      note.name = "note";
      note.required = true;
      note.placeholder = "why, for the next reviewer (Enter records, Esc cancels)";
      label.htmlFor = note.id = "row-note";
      const msg = document.createElement("span");
      msg.setAttribute("role", "status");
      form.append(label, note, msg);
      td.append(form);
      tr.append(td);
      row.after(tr);
      note.focus();
      note.addEventListener("keydown", (e) => {
        if (e.key === "Escape") {
          closeNote();
        }
      });
      form.addEventListener("submit", async (e) => {
        e.preventDefault();
        try {
          const ans = await post(row.dataset.id, "decision", {
            decision: decision,
            note: note.value,
            by: document.body.dataset.by || "",
            revision: Number(row.dataset.revision),
          });
          setStatus(row, ans);
          closeNote();
        } catch (err) {
          msg.className = "error";
          msg.textContent = err.message;
        }
      });
    }

    async function undo() {
      if (sel < 0 || readOnly) return;
      const row = rows[sel];
      try {
        setStatus(row, await post(row.dataset.id, "undo", { revision: Number(row.dataset.revision) }));
      } catch (err) {
        alert(err.message);
      }
    }

    document.addEventListener("keydown", (e) => {
      if (e.ctrlKey || e.metaKey || e.altKey || typing(e)) return;
      switch (e.key) {
        case "j":
          select(sel + 1);
          break;
        case "k":
          select(sel - 1);
          break;
        case "Enter":
          if (sel >= 0) location.href = rows[sel].dataset.href;
          break;
        case "a":
          noteRow("accepted");
          break;
        case "d":
          noteRow("dismissed");
          break;
        case "u":
          undo();
          break;
        case "n":
          follow("next-page");
          break;
        case "p":
          follow("prev-page");
          break;
        case "/":
          focusSearch();
          break;
        default:
          return;
      }
      handled(e);
    });
  }

  function follow(id) {
    const a = document.getElementById(id);
    if (a) location.href = a.href;
  }

  // ---- A finding's page ----
  function findingPage() {
    const panel = document.getElementById("decide");
    const form = document.getElementById("decision-form");
    const undoForm = document.getElementById("undo-form");
    const status = document.getElementById("status");
    const note = document.getElementById("note");
    const by = document.getElementById("by");
    const id = panel.dataset.id;
    const revision = Number(panel.dataset.revision);
    let pending = "";

    const shown = takeFlash();
    if (shown) {
      status.className = "ok";
      status.textContent = shown;
    }

    function fail(err) {
      status.className = "error";
      status.textContent = err.message;
      if (err.status === 409) {
        const a = document.createElement("a");
        a.href = location.href;
        a.textContent = " Reload";
        status.append(a);
      }
    }

    function setPending(decision) {
      pending = decision;
      document.getElementById("accept").classList.toggle("pending", decision === "accepted");
      document.getElementById("dismiss").classList.toggle("pending", decision === "dismissed");
      if (decision) {
        status.className = "";
        status.textContent = (decision === "accepted" ? "Accept" : "Dismiss") + ": write the note, then Enter.";
      }
    }

    async function decide(decision) {
      if (!note.value.trim()) {
        setPending(decision);
        note.focus();
        return;
      }
      try {
        const ans = await post(id, "decision", { decision: decision, note: note.value, by: by.value, revision: revision });
        flash(describe(ans));
        location.reload();
      } catch (err) {
        fail(err);
      }
    }

    async function undo() {
      if (!undoForm) return;
      try {
        const ans = await post(id, "undo", { by: by ? by.value : "", revision: revision });
        flash(describe(ans));
        location.reload();
      } catch (err) {
        fail(err);
      }
    }

    if (form) {
      form.addEventListener("submit", (e) => {
        e.preventDefault();
        decide(e.submitter && e.submitter.value ? e.submitter.value : pending || "accepted");
      });
      note.addEventListener("keydown", (e) => {
        if (e.key === "Enter" && !e.shiftKey && (pending || e.ctrlKey || e.metaKey)) {
          e.preventDefault();
          decide(pending || "accepted");
        } else if (e.key === "Escape") {
          setPending("");
          status.textContent = "";
          note.blur();
        }
      });
    }
    if (undoForm) {
      undoForm.addEventListener("submit", (e) => {
        e.preventDefault();
        undo();
      });
    }

    document.addEventListener("keydown", (e) => {
      if (e.ctrlKey || e.metaKey || e.altKey || typing(e)) return;
      switch (e.key) {
        case "j":
          follow("next");
          break;
        case "k":
          follow("prev");
          break;
        case "a":
        case "d":
          if (!form) return;
          setPending(e.key === "a" ? "accepted" : "dismissed");
          note.focus();
          break;
        case "u":
          undo();
          break;
        case "/":
          focusSearch();
          break;
        case "Escape":
          follow("back");
          break;
        default:
          return;
      }
      handled(e);
    });
  }

  function otherPage() {
    document.addEventListener("keydown", (e) => {
      if (e.ctrlKey || e.metaKey || e.altKey || typing(e)) return;
      if (e.key === "/") {
        handled(e);
        focusSearch();
      }
    });
  }

  if (document.body.classList.contains("page-list")) {
    listPage();
  } else if (document.body.classList.contains("page-finding")) {
    findingPage();
  } else {
    otherPage();
  }
})();
