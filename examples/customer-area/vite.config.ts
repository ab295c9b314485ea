import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const ROOT = resolve(__dirname, '../..');

/**
 * Development sign-in: GET /dev/token?account=acme (or ?staff=compliance) answers a token minted by
 * the same code as `npm run token` (dist/scripts/mint-token.js, built by `npm start`), with the
 * running gateway's JWT_SECRET. `apply: 'serve'` keeps it out of every production build.
 */
function devSignIn(): Plugin {
  return {
    name: 'customer-area-dev-sign-in',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use('/dev/token', (req, res) => {
        const query = new URL(req.url ?? '', 'http://localhost').searchParams;
        const staff = query.get('staff');
        const account = query.get('account') ?? 'acme';
        if (!/^[a-z0-9-]{1,64}$/i.test(staff ?? account)) {
          res.statusCode = 400;
          res.end('bad account or role');
          return;
        }
        const args = staff ? [`--staff=${staff}`] : [account];
        execFile(process.execPath, [resolve(ROOT, 'dist/scripts/mint-token.js'), ...args], { cwd: ROOT, env: process.env }, (error, stdout, stderr) => {
          res.setHeader('content-type', 'text/plain');
          if (error) {
            res.statusCode = 500;
            res.end(stderr || 'Could not mint a token: run `npm run build` (npm start does).');
            return;
          }
          res.end(stdout.trim());
        });
      });
    },
  };
}

export default defineConfig({
  root: __dirname,
  plugins: [react(), devSignIn()],
  server: { host: '127.0.0.1', port: Number(process.env.CLIENT_PORT ?? 3000), strictPort: true },
  build: { outDir: resolve(__dirname, 'dist'), emptyOutDir: true },
});
