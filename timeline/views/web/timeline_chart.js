// The dashboard's timeline: draws a plotly figure (its JSON in `data.figure`) with the plotly.js
// bundle served from this machine (`data.bundle`), and reports as the state value "selection"
// the customdata (event ids) of the points clicked or selected on it, with the figure's
// layout.uirevision: {revision, ids}, ids [] when none.
// The time it shows is the page's window: zooming or panning it (wheel, range slider, buttons)
// reports {from, to} (ISO days; null when it shows the whole axis) as the state value "window",
// which filters the map, the figures and the table; `data.window` sets it. The play button steps
// the window through time by a week or a month.

const bundles = {};

function loadPlotly(src) {
  if (window.Plotly) {
    return Promise.resolve(window.Plotly);
  }
  bundles[src] ??= new Promise((resolve, reject) => {
    const script = document.createElement("script");
    script.src = src;
    script.onload = () => resolve(window.Plotly);
    script.onerror = () => reject(new Error(`The timeline's script ${src} did not load: run "make setup".`));
    document.head.appendChild(script);
  });
  return bundles[src];
}

function eventIds(points) {
  return (points || []).filter((p) => p.customdata != null).map((p) => String(p.customdata));
}

const DAY_MS = 86400000;
const day = (value) => new Date(value).toISOString().slice(0, 10);

function shownWindow(chart) {
  const axis = chart.layout.xaxis, full = chart.tlFullRange;
  if (!axis || !axis.range || !full) {
    return null;
  }
  const [from, to] = axis.range.map(day);
  return from <= full[0] && to >= full[1] ? null : {from, to};
}

function listen(chart, setStateValue) {
  const report = (points) => setStateValue("selection", {revision: chart.layout.uirevision, ids: eventIds(points)});
  chart.on("plotly_selected", (selection) => report(selection && selection.points));
  chart.on("plotly_deselect", () => report([]));
  chart.on("plotly_relayout", (change) => {
    if (chart.tlApplying || !Object.keys(change).some((key) => key.startsWith("xaxis.range") || key === "xaxis.autorange")) {
      return;
    }
    const shown = shownWindow(chart);
    const key = JSON.stringify(shown);
    chart.dataset.window = key;
    if (key !== chart.tlReported) {
      chart.tlReported = key;
      setStateValue("window", shown);
    }
  });
}

function setWindow(chart, window) {
  const range = window ? [window.from, window.to] : chart.tlFullRange;
  chart.tlApplying = true;
  return Plotly.relayout(chart, {"xaxis.range": range}).finally(() => {
    chart.tlApplying = false;
    chart.dataset.window = JSON.stringify(window || null);
  });
}

// The play button: each tick moves the window on by its step, keeping its length (a step when none).
function toolbar(chart, setStateValue) {
  const bar = document.createElement("div"), play = document.createElement("button"), step = document.createElement("select");
  bar.className = "tl-toolbar";
  bar.style.cssText = "display:flex;gap:6px;align-items:center;font:13px sans-serif;margin-bottom:2px";
  play.type = "button";
  play.className = "tl-play";
  play.textContent = "▶ Play";
  [["7", "a week a step"], ["30", "a month a step"]].forEach(([days, label]) => step.add(new Option(label, days)));
  step.className = "tl-step";
  step.value = "30";
  let timer = null;
  const stop = () => { clearInterval(timer); timer = null; play.textContent = "▶ Play"; };
  const tick = () => {
    const full = chart.tlFullRange, days = Number(step.value) * DAY_MS;
    const current = shownWindow(chart) || {from: full[0], to: day(Date.parse(full[0]) + days)};
    let from = Date.parse(current.from) + days, to = Date.parse(current.to) + days;
    if (!timer || from > Date.parse(full[1])) {
      stop();
      return;
    }
    if (!shownWindow(chart)) {
      from -= days;
      to -= days;
    }
    const shown = {from: day(from), to: day(Math.min(to, Date.parse(full[1])))};
    setWindow(chart, shown).then(() => {
      chart.tlReported = JSON.stringify(shown);
      setStateValue("window", shown);
    });
  };
  play.onclick = () => {
    if (timer) {
      stop();
    } else {
      play.textContent = "❚❚ Pause";
      timer = setInterval(tick, 2500);
      tick();
    }
  };
  bar.append(play, step);
  return bar;
}

export default function (component) {
  const { data, parentElement, setStateValue } = component;
  let chart = parentElement.querySelector(".tl-timeline");
  if (!chart) {
    chart = document.createElement("div");
    chart.className = "tl-timeline";
    parentElement.append(toolbar(chart, setStateValue), chart);
  }
  const wanted = JSON.stringify(data.window || null);
  if (chart.tlFigure === data.figure) {
    if (wanted !== chart.tlReported && window.Plotly) {
      chart.tlReported = wanted;
      setWindow(chart, data.window || null);
    }
    return;
  }
  chart.tlFigure = data.figure;
  loadPlotly(data.bundle)
    .then((Plotly) => {
      const figure = JSON.parse(data.figure);
      chart.tlFullRange = figure.layout.xaxis.range.map(day);
      if (data.window) {
        figure.layout.xaxis.range = [data.window.from, data.window.to];
      }
      chart.tlReported = wanted;
      return Plotly.react(chart, figure.data, figure.layout, data.config).then(() => {
        chart.dataset.revision = figure.layout.uirevision;  // what is drawn: the bench waits on it
        chart.dataset.window = wanted;
        if (!chart.tlListening) {
          chart.tlListening = true;
          listen(chart, setStateValue);
        }
      });
    })
    .catch((error) => {
      chart.textContent = error.message;
    });
}
