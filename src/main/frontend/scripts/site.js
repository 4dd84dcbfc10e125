// Enhancements only: every page works without this script. It is loaded in the head, before the
// page is drawn, so that a page reached by Back after a quick exit is never shown.
(function () {
  "use strict";

  var root = document.documentElement;
  var exitUrl = root.getAttribute("data-quick-exit-url");
  // Kept for this tab only and never sent to the server: "a quick exit happened in this tab".
  var EXITED = "directory.exited";
  var PRESSES_NEEDED = 3;
  var PRESS_WINDOW_MS = 5000;

  function remember(value) {
    try {
      if (value) {
        window.sessionStorage.setItem(EXITED, "1");
      } else {
        window.sessionStorage.removeItem(EXITED);
      }
    } catch (ignored) {
      // Storage can be switched off; the exit still works, only Back is not guarded then.
    }
  }

  function exitedBefore() {
    try {
      return window.sessionStorage.getItem(EXITED) === "1";
    } catch (ignored) {
      return false;
    }
  }

  // Blank the page at once, then leave for the neutral site, replacing this page in the history so
  // that Back does not return to it.
  function leave() {
    root.classList.add("is-exiting");
    document.title = "";
    remember(true);
    window.location.replace(exitUrl);
  }

  function arrivedByBackOrForward() {
    var entries = window.performance && window.performance.getEntriesByType
        ? window.performance.getEntriesByType("navigation") : [];
    return entries.length > 0 && entries[0].type === "back_forward";
  }

  if (exitUrl) {
    // Back or Forward into this site after a quick exit leaves again before anything is drawn; any
    // other arrival (a link, a typed address) means the visitor chose to come back.
    if (exitedBefore() && arrivedByBackOrForward()) {
      leave();
      return;
    }
    remember(false);

    // A page kept whole in the back/forward cache does not load again, it is only shown again.
    window.addEventListener("pageshow", function (event) {
      if (event.persisted && exitedBefore()) {
        leave();
      }
    });
  }

  function enhance() {
    var exits = document.querySelectorAll("[data-quick-exit]");
    Array.prototype.forEach.call(exits, function (exit) {
      exit.addEventListener("click", function (event) {
        event.preventDefault();
        leave();
      });
    });

    if (exits.length > 0) {
      countShiftPresses(document.querySelector("[data-quick-exit-presses]"),
          document.querySelector("[data-quick-exit-status]"));
    }

    // Print buttons stay hidden until a script can make them work.
    Array.prototype.forEach.call(document.querySelectorAll("[data-print]"), function (button) {
      button.hidden = false;
      button.addEventListener("click", function () {
        window.print();
      });
    });
  }

  // Shift pressed three times within five seconds leaves too (the GOV.UK convention). Each press
  // fills one dot beside the exit button and is announced to screen readers; any other key, or five
  // seconds from the first press, starts the count again.
  function countShiftPresses(dots, status) {
    var presses = 0;
    var expiry = null;

    function show(count, message) {
      if (dots) {
        dots.hidden = count === 0;
        Array.prototype.forEach.call(dots.children, function (dot, index) {
          dot.classList.toggle("is-pressed", index < count);
        });
      }
      if (status && message !== undefined) {
        status.textContent = message;
      }
    }

    function reset(message) {
      presses = 0;
      window.clearTimeout(expiry);
      expiry = null;
      show(0, message);
    }

    document.addEventListener("keydown", function (event) {
      if (event.key !== "Shift") {
        if (presses > 0) {
          reset("");
        }
        return;
      }
      if (event.repeat) {
        return;
      }
      presses += 1;
      if (presses === 1) {
        expiry = window.setTimeout(function () {
          reset(status ? status.getAttribute("data-expired") : "");
        }, PRESS_WINDOW_MS);
      }
      if (presses >= PRESSES_NEEDED) {
        show(PRESSES_NEEDED, status ? status.getAttribute("data-leaving") : "");
        window.clearTimeout(expiry);
        leave();
        return;
      }
      show(presses, status ? status.getAttribute(presses === 1 ? "data-one" : "data-two") : "");
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", enhance);
  } else {
    enhance();
  }
})();
