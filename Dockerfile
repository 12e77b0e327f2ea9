# The tradewire worker. Build: docker build -t tradewire .
FROM python:3.11-slim
WORKDIR /app
COPY pyproject.toml requirements.lock README.md ./
COPY services ./services
RUN pip install --no-cache-dir -c requirements.lock . \
    && useradd --create-home tradewire && mkdir -p /var/lib/tradewire \
    && chown tradewire /var/lib/tradewire
USER tradewire
ENV TRADEWIRE_STATE_DIR=/var/lib/tradewire
ENTRYPOINT ["tradewire"]
CMD ["worker"]
