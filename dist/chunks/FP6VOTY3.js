import{createRequire as __cjsRequire}from'node:module';const require=__cjsRequire(import.meta.url);
import{b,c,d,e,f,g,h}from"./ALIK4SK4.js";import"./WKK5WHZZ.js";import{a}from"./3ODPCB4E.js";import"./MPM4G5PF.js";export{a as InputError,h as booleanInput,f as fromString,c as inputError,e as lines,d as parseInputs,g as problem,b as quoteValue};
