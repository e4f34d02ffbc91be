import{createRequire as __cjsRequire}from'node:module';const require=__cjsRequire(import.meta.url);
async function o(r,n,i,e){try{let{data:t}=await r.rest.repos.getContent({...n,path:i,...e?{ref:e}:{}});return Array.isArray(t)||t.type!=="file"||!("content"in t)?void 0:Buffer.from(t.content,"base64").toString("utf8")}catch(t){if(t.status===404)return;throw t}}export{o as a};
