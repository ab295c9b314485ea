# One image for the gateway and the four subgraphs; docker-compose.yml picks the entry point.
# Node 22 LTS (Node 20 reached end of life on 2026-04-30; the code still runs on it).
FROM node:22-bookworm-slim AS build
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY packages packages
COPY subgraphs subgraphs
COPY gateway gateway
COPY scripts scripts
COPY schema schema
RUN npm run build && npm prune --omit=dev

FROM node:22-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production APOLLO_TELEMETRY_DISABLED=1 HOST=0.0.0.0
COPY --from=build /app/node_modules node_modules
COPY --from=build /app/dist dist
COPY --from=build /app/schema schema
COPY package.json ./
# Compliance's local document storage (a volume in docker-compose.yml), writable by the app user.
RUN mkdir -p /app/data/compliance-documents && chown -R node:node /app/data
USER node
