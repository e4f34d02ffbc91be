import{createRequire as __cjsRequire}from'node:module';const require=__cjsRequire(import.meta.url);
import{a}from"./X5ROSCIP.js";import"./CPMEZ5LC.js";import"./MPM4G5PF.js";export{a as readActionInput};
