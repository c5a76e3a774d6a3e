// The factor table editor (templates/factors/edit.ftlh): adds an empty row copied from the page's template,
// deletes a row, and numbers the rows the way the server counts them when it reports a problem. A file, not an
// inline script, because the pages' Content-Security-Policy allows scripts from the platform only.
(function () {
  var form = document.querySelector('form[data-testid="table-editor"]');
  if (!form) {
    return;
  }
  var rows = form.querySelector('tbody[data-rows]');
  var emptyRow = document.getElementById('factor-row-template');

  function renumber() {
    rows.querySelectorAll('tr').forEach(function (row, index) {
      row.querySelector('.row-number').textContent = String(index + 1);
    });
  }

  form.querySelector('[data-add-row]').addEventListener('click', function () {
    rows.appendChild(emptyRow.content.cloneNode(true));
    renumber();
    rows.lastElementChild.querySelector('input').focus();
  });

  rows.addEventListener('click', function (event) {
    var button = event.target.closest('[data-delete-row]');
    if (button) {
      button.closest('tr').remove();
      renumber();
    }
  });
})();
