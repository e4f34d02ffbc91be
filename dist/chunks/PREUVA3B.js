import{createRequire as __cjsRequire}from'node:module';const require=__cjsRequire(import.meta.url);
var e=()=>({add:[],remove:[]});export{e as a};
