import{createRequire as __cjsRequire}from'node:module';const require=__cjsRequire(import.meta.url);
import{a,b,c,d,e,f,g}from"./3S4JQC6J.js";import"./LCULFC3Q.js";import"./CPMEZ5LC.js";import"./XKTFEO24.js";import"./MPM4G5PF.js";export{a as ANNOTATIONS_PER_LEVEL,b as SUMMARY_MAX_BYTES,e as failRun,c as logLine,f as notice,g as setSecret,d as writeVerdict};
