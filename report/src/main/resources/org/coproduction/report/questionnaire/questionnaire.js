// Runs the questionnaire in the page, with nothing from outside: the easy-read mode, one step at a
// time in that mode, checking the answers, and saving them as a response set (JSON) and as one CSV
// row with the survey template's header. Everything stays on this computer.
(function () {
  "use strict";
  var config = JSON.parse(document.getElementById("questionnaire-data").textContent);
  var form = document.getElementById("questionnaire");
  var steps = Array.prototype.slice.call(document.querySelectorAll(".step"));
  var modeButton = document.getElementById("mode-toggle");
  var errors = document.getElementById("errors");
  var status = document.getElementById("status");
  var current = 0;
  var ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

  function easyRead() {
    return document.body.classList.contains("easy-read");
  }

  function showSteps(focus) {
    steps.forEach(function (step, i) {
      step.hidden = easyRead() && i !== current;
    });
    if (focus && easyRead()) {
      steps[current].focus();
    }
  }

  function setMode(on) {
    document.body.classList.toggle("easy-read", on);
    modeButton.setAttribute("aria-pressed", on ? "true" : "false");
    showSteps(false);
  }

  modeButton.addEventListener("click", function () {
    setMode(!easyRead());
  });

  steps.forEach(function (step, i) {
    var back = step.querySelector("button.previous");
    var next = step.querySelector("button.next");
    if (back) {
      back.addEventListener("click", function () {
        current = Math.max(0, i - 1);
        showSteps(true);
      });
    }
    if (next) {
      next.addEventListener("click", function () {
        current = Math.min(steps.length - 1, i + 1);
        showSteps(true);
      });
    }
  });

  function checked(name) {
    var input = form.querySelector('input[name="' + name + '"]:checked');
    return input ? input : null;
  }

  function collect() {
    var problems = [];
    var role = checked("raterRole");
    var group = checked("raterInterestGroup");
    var participant = document.getElementById("participant").value.trim();
    if (!role) {
      problems.push({ text: "Please say which of these best describes you.", target: "role-0" });
    }
    if (!group) {
      problems.push({ text: "Please say which group you speak for.", target: "group-0" });
    }
    if (participant && !ID.test(participant)) {
      problems.push({
        text: "The participant code can only have letters, numbers, dots, dashes or underscores."
          + " Leave it empty to answer without a code.",
        target: "participant"
      });
    }
    var answers = [];
    var rowAnswers = [];
    config.questions.forEach(function (q) {
      var answer = checked("answer-" + q.number);
      var comment = document.getElementById("comment-" + q.number).value.trim();
      rowAnswers.push(answer ? answer.getAttribute("data-word") : "", comment);
      if (answer) {
        var response = { itemId: q.itemId, answer: answer.value };
        if (comment) {
          response.comment = comment;
        }
        answers.push(response);
      }
    });
    if (answers.length === 0) {
      problems.push({ text: "Please answer at least one question.", target: "q1-0" });
    }
    return { problems: problems, role: role, group: group, participant: participant,
      answers: answers, rowAnswers: rowAnswers };
  }

  function newId() {
    var now = new Date();
    function two(n) { return (n < 10 ? "0" : "") + n; }
    var random = new Uint8Array(4);
    crypto.getRandomValues(random);
    var hex = Array.prototype.map.call(random, function (b) {
      return (b < 16 ? "0" : "") + b.toString(16);
    }).join("");
    return "answers-" + now.getUTCFullYear() + two(now.getUTCMonth() + 1) + two(now.getUTCDate())
      + "-" + two(now.getUTCHours()) + two(now.getUTCMinutes()) + two(now.getUTCSeconds())
      + "-" + hex;
  }

  function csvLine(cells) {
    return cells.map(function (c) {
      return '"' + String(c).replace(/"/g, '""') + '"';
    }).join(",") + "\r\n";
  }

  function offer(link, text, type) {
    if (link.href && link.href.indexOf("blob:") === 0) {
      URL.revokeObjectURL(link.href);
    }
    link.href = URL.createObjectURL(new Blob([text], { type: type }));
    link.hidden = false;
  }

  function showProblems(problems) {
    errors.textContent = "";
    var heading = document.createElement("h3");
    heading.textContent = "Your answers are not saved yet. Please check:";
    var list = document.createElement("ul");
    problems.forEach(function (p) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = "#" + p.target;
      link.textContent = p.text;
      link.addEventListener("click", function (e) {
        e.preventDefault();
        var target = document.getElementById(p.target);
        var step = target.closest(".step");
        current = steps.indexOf(step);
        showSteps(false);
        target.focus();
      });
      item.appendChild(link);
      list.appendChild(item);
    });
    errors.appendChild(heading);
    errors.appendChild(list);
    errors.focus();
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var got = collect();
    if (got.problems.length > 0) {
      showProblems(got.problems);
      return;
    }
    errors.textContent = "";
    var id = newId();
    var set = { schemaVersion: 1, id: id, checklist: config.checklist,
      initiativeId: config.initiativeId };
    if (config.reviewRoundId) {
      set.reviewRoundId = config.reviewRoundId;
    }
    set.raterRole = got.role.value;
    set.raterInterestGroup = got.group.value;
    if (got.participant) {
      set.participantId = got.participant;
    }
    set.answers = got.answers;
    var json = JSON.stringify(set, null, 2) + "\n";
    var row = [id, got.participant, got.role.getAttribute("data-word"),
      got.group.getAttribute("data-word")].concat(got.rowAnswers);
    var csv = csvLine(config.headings) + csvLine(row);
    var jsonLink = document.getElementById("download-json");
    var csvLink = document.getElementById("download-csv");
    jsonLink.download = id + ".json";
    csvLink.download = id + ".csv";
    offer(jsonLink, json, "application/json");
    offer(csvLink, csv, "text/csv");
    document.getElementById("saved-json").value = json;
    document.getElementById("saved-text").hidden = false;
    status.textContent = "Your answers are ready. Use the links below to save them on this computer,"
      + " then send the file to the person who asked you.";
    jsonLink.focus();
  });

  if (location.hash === "#easy-read") {
    setMode(true);
  } else {
    showSteps(false);
  }
})();
