import{createRequire as __cjsRequire}from'node:module';const require=__cjsRequire(import.meta.url);
import{b as s,c as a}from"./XKTFEO24.js";var l=300,u=(e,t)=>e.length>t?`${e.slice(0,t)}…`:e;function p(e,t){if(typeof e=="string")return s(u(e,t));if("code"in e)return a(u(e.code,t));if("strong"in e)return`**${s(u(e.strong,t))}**`;let n=/^https?:\/\//.test(e.href)?e.href.replace(/[()\s<>"]/g,encodeURIComponent):"#";return`[${s(u(e.link,t))}](${n})`}var c=(e,t=Number.POSITIVE_INFINITY)=>(Array.isArray(e)?e:[e]).map(n=>p(n,t)).join("");function f(e){let t=`| ${e.header.map(o=>s(o)).join(" | ")} |`,n=`| ${e.header.map((o,i)=>e.align?.[i]==="right"?"---:":"---").join(" | ")} |`,r=e.rows.map(o=>`| ${o.map(i=>c(i,l)).join(" | ")} |`);return[t,n,...r].join(`
`)}function d(e){switch(e.kind){case"heading":return`${"#".repeat(e.level)} ${c(e.text)}`;case"paragraph":return c(e.text);case"quote":return`> ${c(e.text)}`;case"list":return e.items.map(t=>`- ${c(t)}`).join(`
`);case"table":return f(e)}}function h(e,t=Number.POSITIVE_INFINITY){let n=`

_Summary cut here: it is over GitHub’s 1 MiB step-summary limit. The full data is in the outputs and the log._
`,r="";for(let o of e){let i=`${r}${r?`

`:""}${d(o)}`;if(Buffer.byteLength(i)+Buffer.byteLength(n)>t)return r+n;r=i}return`${r}
`}export{h as a};
