/**
 * The HTML report's stylesheet: Okabe–Ito colour-blind-safe palette (blue = better / normal,
 * vermillion = worse / flagged), each colour named in a legend, dark mode, print, and wide tables
 * that scroll inside their own box so the page never scrolls sideways on a phone.
 */
export const REPORT_CSS = `:root{color-scheme:light dark;--fg:#1f2328;--muted:#57606a;--bg:#fff;--card:#f6f8fa;--line:#d0d7de;
--good:#0072B2;--bad:#D55E00;--flag:#E69F00;--warn-bg:#fff8c5;--warn-line:#9a6700;--link:#0550ae}
@media (prefers-color-scheme:dark){:root{--fg:#e6edf3;--muted:#9198a1;--bg:#0d1117;--card:#161b22;--line:#30363d;
--good:#56B4E9;--bad:#E69F00;--flag:#E69F00;--warn-bg:#2d2a12;--warn-line:#d29922;--link:#79c0ff}}
*{box-sizing:border-box}
body{font:15px/1.5 system-ui,sans-serif;margin:0 auto;max-width:1120px;padding:1rem 12px 3rem;color:var(--fg);background:var(--bg)}
a{color:var(--link)}h1{font-size:1.4rem;margin:.5rem 0}h2{font-size:1.15rem;margin:2rem 0 .5rem}
section{break-inside:auto}blockquote{margin:.75rem 0;padding:0 .75rem;border-left:4px solid var(--line);color:var(--muted)}
.scroll{overflow-x:auto;max-width:100%;border:1px solid var(--line);border-radius:6px}
table{border-collapse:collapse;width:max-content;min-width:100%}
th,td{max-width:26rem;border-bottom:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top}
th{background:var(--card);position:sticky;top:0}td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
.warn,.notice{border:1px solid var(--warn-line);background:var(--warn-bg);padding:.5rem .75rem;border-radius:6px}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(165px,1fr));gap:10px;margin:.5rem 0}
.card{background:var(--card);border:1px solid var(--line);border-left:6px solid var(--line);border-radius:6px;padding:8px 10px}
.card.better{border-left-color:var(--good)}.card.worse{border-left-color:var(--bad)}
.card .label{font-size:13px;color:var(--muted)}.card .value{font-size:1.6rem;font-weight:650;font-variant-numeric:tabular-nums}
.card .prev{font-size:13px;color:var(--muted)}.card .change{font-size:13px;font-weight:600}
.card.better .change{color:var(--good)}.card.worse .change{color:var(--bad)}
.legend{font-size:13px;color:var(--muted);display:flex;flex-wrap:wrap;gap:.25rem 1rem;margin:.25rem 0}
.swatch{display:inline-block;width:12px;height:12px;margin-right:4px;vertical-align:-1px;border-radius:2px}
.swatch.bar,.swatch.better{background:var(--good)}.swatch.flag,.swatch.worse{background:var(--bad)}
.charts{display:flex;flex-wrap:wrap;gap:1rem 2rem}figure{margin:.5rem 0}
svg{max-width:100%;height:auto}svg text{font:13px system-ui,sans-serif;fill:var(--fg)}.chart-title{font-weight:600;max-width:360px}figure{max-width:100%}
.bar{fill:var(--good)}.bar.flag{fill:var(--bad)}.line{fill:none;stroke:var(--good);stroke-width:2}.dot{fill:var(--good)}
.axis{stroke:var(--line)}.spark{display:block;margin-top:4px}
@media print{:root{--fg:#000;--bg:#fff;--card:#fff;--muted:#333}body{max-width:none;padding:0;font-size:11pt}
.scroll{overflow:visible;border:0}table{width:100%}th{position:static}.cards{grid-template-columns:repeat(4,1fr)}
section,figure,.card{break-inside:avoid}a{color:inherit;text-decoration:none}}`;
