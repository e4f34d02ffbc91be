import{createRequire as __cjsRequire}from'node:module';const require=__cjsRequire(import.meta.url);
import{c as t}from"./CPMEZ5LC.js";var n=r=>t(r);export{n as a};
