#!/usr/bin/env node
import{createRequire as __cjsRequire}from'node:module';const require=__cjsRequire(import.meta.url);
import*as s from"node:module";s.enableCompileCache?.();var{cli:o}=await import("../chunks/UVMZ5FPV.js");process.exitCode=await o(process.argv.slice(2),process.cwd(),{out:e=>process.stdout.write(e),err:e=>process.stderr.write(e),...process.stdout.isTTY?{tty:{columns:process.stdout.columns}}:{}},process.env);
