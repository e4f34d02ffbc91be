import{createRequire as __cjsRequire}from'node:module';const require=__cjsRequire(import.meta.url);
import{a}from"./7TMZIYTG.js";import"./UI3FXTCO.js";import"./5A34CZQD.js";import"./MPM4G5PF.js";export{a as readActionInput};
