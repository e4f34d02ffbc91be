import{createRequire as __cjsRequire}from'node:module';const require=__cjsRequire(import.meta.url);
import{d as a,e as b,f as c,g as d,h as e}from"./QURRZSM6.js";import"./WTMH4DXY.js";import"./MPM4G5PF.js";export{d as GitHub,b as context,c as defaults,e as getOctokitOptions,a as getUserAgentWithOrchestrationId};
