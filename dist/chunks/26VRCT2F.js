import{createRequire as __cjsRequire}from'node:module';const require=__cjsRequire(import.meta.url);
function e(t){if(!Number.isFinite(t))return String(t);let r=Math.round(Math.abs(t)*1e3)/1e3,[i,n]=String(r).split(".");return`${t<0&&r!==0?"-":""}${i.replace(/\B(?=(\d{3})+(?!\d))/g,",")}${n?`.${n}`:""}`}export{e as a};
