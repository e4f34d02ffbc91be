import{createRequire as __cjsRequire}from'node:module';const require=__cjsRequire(import.meta.url);
import{f as t}from"./UI3FXTCO.js";var n=r=>t(r);export{n as a};
