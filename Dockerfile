# The newsgraph app (web server + importer). Neo4j runs in its own container (docker-compose.yml).
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
# Full install: the web page is bundled with esbuild (a dev dependency) when the server starts.
RUN npm ci --no-audit --no-fund
COPY . .
RUN chown -R node:node /app
USER node
ENV HOST=0.0.0.0 PORT=3000
EXPOSE 3000
CMD ["node", "--import", "tsx", "src/cli/start.ts"]
