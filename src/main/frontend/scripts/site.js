// Enhancements only: every page works without this script.
(function () {
  "use strict";

  // Quick exit: leave for the neutral site and replace this page in the history, so the Back button
  // does not return here. Also on Shift pressed three times in a row (the GOV.UK convention).
  var exit = document.querySelector("[data-quick-exit]");
  if (exit) {
    var leave = function (event) {
      if (event) {
        event.preventDefault();
      }
      document.documentElement.classList.add("is-exiting");
      window.location.replace(exit.href);
    };
    exit.addEventListener("click", leave);

    var shiftPresses = 0;
    var resetTimer = null;
    document.addEventListener("keydown", function (event) {
      if (event.key !== "Shift") {
        shiftPresses = 0;
        return;
      }
      if (event.repeat) {
        return;
      }
      shiftPresses += 1;
      window.clearTimeout(resetTimer);
      resetTimer = window.setTimeout(function () {
        shiftPresses = 0;
      }, 2000);
      if (shiftPresses >= 3) {
        leave();
      }
    });
  }

  // Print buttons stay hidden until a script can make them work.
  Array.prototype.forEach.call(document.querySelectorAll("[data-print]"), function (button) {
    button.hidden = false;
    button.addEventListener("click", function () {
      window.print();
    });
  });
})();
