// kronika pages: hover/click details on the article page, tooltips on the charts.
// Builds no HTML from strings: details are server-rendered (escaped) blocks that are cloned.
"use strict";

(function () {
  const panel = document.getElementById("details");
  let pinned = null;

  function refsOf(el) { return (el.getAttribute("data-refs") || "").split(" ").filter(Boolean); }

  function mark(ref, on) {
    document.querySelectorAll("[data-refs]").forEach(function (el) {
      if (refsOf(el).indexOf(ref) >= 0) { el.classList.toggle("hot", on); }
    });
  }

  function show(el) {
    const refs = refsOf(el);
    if (!panel || refs.length === 0) { return; }
    // The innermost annotation (latest to start) first, then the ones around it.
    const blocks = refs.slice().reverse().map(function (r) {
      return document.querySelector('.detail-store [data-detail="' + r + '"]');
    }).filter(Boolean);
    panel.replaceChildren.apply(panel, blocks.map(function (b) { return b.cloneNode(true); }));
    document.querySelectorAll(".hot").forEach(function (h) { h.classList.remove("hot"); });
    mark(refs[refs.length - 1], true);
  }

  if (panel) {
    document.addEventListener("mouseover", function (ev) {
      const el = ev.target.closest && ev.target.closest("[data-refs]");
      if (el && !pinned) { show(el); }
    });
    document.addEventListener("click", function (ev) {
      const el = ev.target.closest && ev.target.closest("[data-refs]");
      if (!el || ev.target.closest("a")) { return; }
      pinned = pinned === el ? null : el;
      show(el);
    });
    document.addEventListener("keydown", function (ev) {
      const el = document.activeElement;
      if (ev.key === "Enter" && el && el.hasAttribute("data-refs")) { pinned = el; show(el); }
    });
    const target = window.location.hash && document.getElementById(window.location.hash.slice(1));
    if (target && target.hasAttribute("data-refs")) { pinned = target; show(target); }
  }

  const tip = document.getElementById("chart-tip");
  if (tip) {
    document.querySelectorAll("svg.timeline .bar").forEach(function (bar) {
      bar.addEventListener("mouseenter", function () {
        const t = bar.querySelector("title");
        tip.textContent = t ? t.textContent : "";
      });
    });
  }
})();
