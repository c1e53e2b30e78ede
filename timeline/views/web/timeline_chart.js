// The dashboard's timeline: draws a plotly figure (its JSON in `data.figure`) with the plotly.js
// bundle served from this machine (`data.bundle`), and reports as the state value "selection"
// the customdata (event ids) of the points clicked or selected on it, with the figure's
// layout.uirevision: {revision, ids}, ids [] when none.

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

function listen(chart, setStateValue) {
  const report = (points) => setStateValue("selection", {revision: chart.layout.uirevision, ids: eventIds(points)});
  chart.on("plotly_selected", (selection) => report(selection && selection.points));
  chart.on("plotly_deselect", () => report([]));
}

export default function (component) {
  const { data, parentElement, setStateValue } = component;
  let chart = parentElement.querySelector(".tl-timeline");
  if (!chart) {
    chart = document.createElement("div");
    chart.className = "tl-timeline";
    parentElement.appendChild(chart);
  }
  if (chart.tlFigure === data.figure) {
    return;
  }
  chart.tlFigure = data.figure;
  loadPlotly(data.bundle)
    .then((Plotly) => {
      const figure = JSON.parse(data.figure);
      return Plotly.react(chart, figure.data, figure.layout, data.config).then(() => {
        chart.dataset.revision = figure.layout.uirevision;  // what is drawn: the bench waits on it
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
