namespace TopLeft.PsaSimulator.Admin;

/// <summary>The one demo page at <c>/_sim</c>: pick a PSA, move tickets, add notes, delete, inject faults.</summary>
internal static class AdminPage
{
    public const string Html = """
<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>PSA simulator</title>
<style>
  body { font: 14px system-ui, sans-serif; margin: 1.5rem; color: #1f2933; }
  h1 { font-size: 1.3rem; } h2 { font-size: 1.05rem; margin-top: 1.5rem; }
  table { border-collapse: collapse; width: 100%; } td, th { border-bottom: 1px solid #e4e7eb; padding: .3rem .5rem; text-align: left; }
  button, select, input { font: inherit; } .bar > * { margin-right: .5rem; } pre { background: #f5f7fa; padding: .5rem; overflow: auto; max-height: 14rem; }
  .muted { color: #7b8794; }
</style>
</head>
<body>
<h1>TopLeft PSA simulator</h1>
<p class="muted" id="info">loading…</p>
<div class="bar">
  <select id="psa"><option value="cw">ConnectWise</option><option value="at">Autotask</option></select>
  <button onclick="load()">Refresh</button>
  <button onclick="bulk()">10 random changes</button>
  <button onclick="resetSim()">Reset to seed</button>
</div>
<h2>Open tickets (most recently updated first)</h2>
<table><thead><tr><th>Id</th><th>Summary</th><th>Board / queue</th><th>Company</th><th>Assignees</th><th>Status</th><th></th></tr></thead><tbody id="tickets"></tbody></table>
<h2>Faults</h2>
<div class="bar">
  <select id="fpsa"><option>Any</option><option>ConnectWise</option><option>Autotask</option></select>
  <select id="fkind"><option>TooManyRequests</option><option>ServerError</option><option>Delay</option><option>Hang</option><option>Abort</option>
    <option>TruncatedBody</option><option>DuplicateDelivery</option><option>ReorderDelivery</option><option>DelayDelivery</option><option>CorruptSignature</option></select>
  <input id="fpath" value="*" size="28" title="path glob"> <input id="fcount" placeholder="next N calls" size="10">
  <input id="fprob" placeholder="probability" size="10"> <button onclick="addFault()">Add</button> <button onclick="clearFaults()">Clear</button>
</div>
<pre id="faults"></pre>
<h2>Requests</h2>
<pre id="requests"></pre>
<script>
const $ = id => document.getElementById(id);
const api = (url, opts) => fetch('/_sim/' + url, opts).then(r => r.status === 204 ? null : r.json());
const send = (method, url, body) => api(url, { method, headers: { 'Content-Type': 'application/json' }, body: body ? JSON.stringify(body) : undefined });
const esc = s => String(s ?? '').replace(/[&<>"]/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]));
async function load() {
  const info = await api('info');
  $('info').textContent = `seed ${info.seed} · CW ${info.connectWise.tickets} tickets · AT ${info.autotask.tickets} tickets · ${info.baseUrl}`;
  const psa = $('psa').value, data = await api(`${psa}/tickets?open=true&take=40`);
  $('tickets').innerHTML = data.tickets.map(t => {
    const options = data.statuses.filter(s => s.board === null || s.board === t.boardId)
      .map(s => `<option value="${s.id}" ${s.id === t.statusId ? 'selected' : ''}>${esc(s.name)}</option>`).join('');
    return `<tr><td>${t.id}</td><td>${esc(t.summary)}</td><td>${esc(t.board)}</td><td>${esc(t.company)}</td><td>${esc(t.assignees)}</td>
      <td><select onchange="move(${t.id}, this.value)">${options}</select></td>
      <td><button onclick="note(${t.id})">Note</button> <button onclick="del(${t.id})">Delete</button></td></tr>`;
  }).join('');
  $('faults').textContent = JSON.stringify(await api('faults'), null, 1);
  const req = await api('requests?limit=0');
  $('requests').textContent = JSON.stringify(req.counters, null, 1);
}
const move = (id, status) => send('PATCH', `${$('psa').value}/tickets/${id}`, { status }).then(load);
const note = id => { const text = prompt('Note text'); if (text) send('POST', `${$('psa').value}/tickets/${id}/notes`, { text }).then(load); };
const del = id => confirm('Delete ticket ' + id + '?') && send('DELETE', `${$('psa').value}/${$('psa').value === 'cw' ? 'tickets' : 'Tickets'}/${id}`).then(load);
const bulk = () => send('POST', `${$('psa').value}/bulk-changes?count=10`).then(load);
const resetSim = () => confirm('Reset both tenants to the seed?') && send('POST', 'reset').then(load);
const addFault = () => send('POST', 'faults', { psa: $('fpsa').value, kind: $('fkind').value, path: $('fpath').value,
  count: $('fcount').value ? +$('fcount').value : null, probability: $('fprob').value ? +$('fprob').value : 1 }).then(load);
const clearFaults = () => send('DELETE', 'faults').then(load);
$('psa').onchange = load;
load();
</script>
</body>
</html>
""";
}
