import{createRequire as __cjsRequire}from'node:module';const require=__cjsRequire(import.meta.url);
import{b as i}from"./UZINK6M7.js";async function g(r){let t;try{t=(await i(r,["remote","get-url","origin"])).trim()}catch{return}return/^(?:https:\/\/(?:[^@/]+@)?github\.com\/|git@github\.com:|ssh:\/\/git@github\.com\/)([A-Za-z0-9-]+\/[A-Za-z0-9._-]+?)(?:\.git)?\/?$/.exec(t)?.[1]}export{g as a};
