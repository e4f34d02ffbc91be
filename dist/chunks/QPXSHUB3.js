import{createRequire as __cjsRequire}from'node:module';const require=__cjsRequire(import.meta.url);
var e=".github/dev-process.yml";export{e as a};
