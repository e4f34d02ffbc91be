import{createRequire as __cjsRequire}from'node:module';const require=__cjsRequire(import.meta.url);
import{b as r}from"../chunks/5CCSW2TD.js";import"../chunks/XKTFEO24.js";import"../chunks/MPM4G5PF.js";await r("formatter-enforced",process.env);
