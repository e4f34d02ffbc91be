import{createRequire as __cjsRequire}from'node:module';const require=__cjsRequire(import.meta.url);
import{b as a,c as b,d as c,e as d,f as e,g as f,h as g,i as h}from"./E4WIAQPG.js";import"./WKK5WHZZ.js";import"./MPM4G5PF.js";export{a as InputError,h as booleanInput,f as fromString,c as inputError,e as lines,d as parseInputs,g as problem,b as quoteValue};
