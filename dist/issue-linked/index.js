import{createRequire as __cjsRequire}from'node:module';const require=__cjsRequire(import.meta.url);
import{b as e}from"../chunks/5CCSW2TD.js";import"../chunks/XKTFEO24.js";import"../chunks/MPM4G5PF.js";await e("issue-linked",process.env);
