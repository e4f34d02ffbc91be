import{createRequire as __cjsRequire}from'node:module';const require=__cjsRequire(import.meta.url);
import{a,b,c,d,e,f}from"./X3EKZ6HE.js";import"./UZAVGXVM.js";import"./MPM4G5PF.js";export{a as InputError,f as booleanInput,c as inputError,e as lines,d as parseInputs,b as quoteValue};
