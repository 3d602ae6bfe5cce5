// Narrowing a theme page by year, organiser and kind, in the browser.
//
// Every item on the page carries its report's year and organisers (data-year,
// data-organisers) and its group its kind; the choices hide what does not fit and
// say how many are left. Without JavaScript the choices stay hidden and every item
// shows: the page is complete as it is, narrowing only helps.

const form = document.getElementById("narrow-form");
const status = document.getElementById("narrow-status");
const groups = [...document.querySelectorAll("[data-narrow-group]")];
const words = (value) => (value ?? "").split(" ").filter(Boolean);

function apply() {
  const year = form.elements.ar.value;
  const organiser = form.elements.arrangor.value;
  const kind = form.elements.type.value;
  let shown = 0;
  for (const group of groups) {
    let inGroup = 0;
    const kindFits = !kind || group.dataset.narrowGroup === kind;
    for (const item of group.querySelectorAll("[data-year]")) {
      const fits =
        kindFits &&
        (!year || item.dataset.year === year) &&
        (!organiser || words(item.dataset.organisers).includes(organiser));
      item.hidden = !fits;
      if (fits) inGroup++;
    }
    group.hidden = inGroup === 0;
    shown += inGroup;
  }
  status.textContent = form.dataset.count.replace("{n}", shown).replace("{total}", form.dataset.total);
}

form.hidden = false;
form.addEventListener("change", apply);
form.addEventListener("submit", (event) => event.preventDefault());
