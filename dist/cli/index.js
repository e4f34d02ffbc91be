#!/usr/bin/env node
import{createRequire as __cjsRequire}from'node:module';const require=__cjsRequire(import.meta.url);
import*as o from"node:module";o.enableCompileCache?.();process.stdout.on("error",e=>{if(e.code!=="EPIPE")throw e;process.exit(process.exitCode??0)});var{cli:s}=await import("../chunks/ULFGKFAD.js");process.exitCode=await s(process.argv.slice(2),process.cwd(),{out:e=>process.stdout.write(e),err:e=>process.stderr.write(e),...process.stdout.isTTY?{tty:{columns:process.stdout.columns}}:{}},process.env);
