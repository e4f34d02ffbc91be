import{createRequire as __cjsRequire}from'node:module';const require=__cjsRequire(import.meta.url);
import{b as a,c as b,d as c,e as d,f as e}from"./MGROOF4W.js";import"./WTMH4DXY.js";import"./5A34CZQD.js";import"./MPM4G5PF.js";export{d as GitHub,b as context,c as defaults,e as getOctokitOptions,a as getUserAgentWithOrchestrationId};
