import{createRequire as __cjsRequire}from'node:module';const require=__cjsRequire(import.meta.url);
function c(t,e=3){if(!Number.isFinite(t))return String(t);let r=10**e,i=Math.round(Math.abs(t)*r)/r,[s,n]=String(i).split(".");return`${t<0||Object.is(t,-0)?"-":""}${s.replace(/\B(?=(\d{3})+(?!\d))/g,",")}${n?`.${n}`:""}`}export{c as a};
