import{createRequire as __cjsRequire}from'node:module';const require=__cjsRequire(import.meta.url);
var e=class extends Error{name="InputError"};export{e as a};
