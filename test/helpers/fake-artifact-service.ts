/**
 * A local stand-in for the service @actions/artifact uploads to on a runner: the results service's
 * Twirp API (CreateArtifact, FinalizeArtifact) and the blob storage its signed URL points at (Azure's
 * Put Block and Put Block List). An e2e run given `env` uploads here for real, so a report upload that
 * never ran, or a library that could not load, fails the test instead of passing unseen.
 */
import { createHash } from 'node:crypto';
import { inflateRawSync } from 'node:zlib';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface UploadedArtifact {
  name: string;
  /** The zip as blob storage received it (blocks joined in the committed order). */
  bytes: Buffer;
  /** What FinalizeArtifact was told: size in bytes and `sha256:<hex>`. */
  size: string;
  hash: string | undefined;
}

export interface FakeArtifactService {
  env: Record<string, string>;
  /** Artifacts created, uploaded and finalized, in order. */
  artifacts: UploadedArtifact[];
  close(): Promise<void>;
}

const TWIRP = '/twirp/github.actions.results.api.v1.ArtifactService/';
const b64url = (o: unknown): string => Buffer.from(JSON.stringify(o)).toString('base64url');
/** The runtime token's only use here: the run and job ids in its `scp` claim (the library does not verify it). */
const RUNTIME_TOKEN = `${b64url({ alg: 'none' })}.${b64url({ scp: 'Actions.Results:run-1:job-1' })}.fake`;

const readBody = async (req: IncomingMessage): Promise<Buffer> => {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
};

export async function startFakeArtifactService(): Promise<FakeArtifactService> {
  const artifacts: UploadedArtifact[] = [];
  const blocks = new Map<string, Buffer>();
  const blobs = new Map<string, Buffer>();
  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const body = await readBody(req);
      const json = (status: number, o: unknown) =>
        res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(o));
      if (req.method === 'POST' && url.pathname === `${TWIRP}CreateArtifact`) {
        const { name } = JSON.parse(body.toString('utf8')) as { name: string };
        return json(200, { ok: true, signedUploadUrl: `${origin}/devstoreaccount1/artifacts/${name}.zip?sig=fake` });
      }
      if (req.method === 'POST' && url.pathname === `${TWIRP}FinalizeArtifact`) {
        const f = JSON.parse(body.toString('utf8')) as { name: string; size: string; hash?: string };
        const bytes = blobs.get(`/devstoreaccount1/artifacts/${f.name}.zip`) ?? Buffer.alloc(0);
        artifacts.push({ name: f.name, bytes, size: f.size, hash: f.hash });
        return json(200, { ok: true, artifactId: String(artifacts.length) });
      }
      if (req.method === 'PUT' && url.searchParams.get('comp') === 'block') {
        blocks.set(url.searchParams.get('blockid')!, body);
        return res.writeHead(201).end();
      }
      if (req.method === 'PUT' && url.searchParams.get('comp') === 'blocklist') {
        const ids = [...body.toString('utf8').matchAll(/<Latest>([^<]*)<\/Latest>/g)].map((m) => m[1]!);
        blobs.set(url.pathname, Buffer.concat(ids.map((id) => blocks.get(id)!)));
        return res.writeHead(201).end();
      }
      json(404, { code: 'not_found', msg: `the fake artifact service has no ${req.method} ${url.pathname}` });
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    env: { ACTIONS_RUNTIME_TOKEN: RUNTIME_TOKEN, ACTIONS_RESULTS_URL: `${origin}/` },
    artifacts,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** `sha256:<hex>` of the bytes, as FinalizeArtifact reports an upload's digest. */
export const sha256 = (bytes: Buffer): string => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

/** The files in a zip (stored or deflated), read through its central directory: name -> content. */
export function unzip(zip: Buffer): Map<string, Buffer> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06])); // end of central directory record
  const files = new Map<string, Buffer>();
  let at = zip.readUInt32LE(end + 16);
  for (let n = zip.readUInt16LE(end + 10); n > 0; n--) {
    const [method, size, nameLength] = [
      zip.readUInt16LE(at + 10),
      zip.readUInt32LE(at + 20),
      zip.readUInt16LE(at + 28),
    ];
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const local = zip.readUInt32LE(at + 42);
    const data = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const raw = zip.subarray(data, data + size);
    files.set(name, method === 8 ? inflateRawSync(raw) : raw);
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return files;
}
